'use client';

import dynamic from 'next/dynamic';
import type { CandidateMapProps } from '@/components/map/candidate-map';

// MapLibre touches `window` and WebGL when it loads: the map is a client-only chunk (docs/ARCHITECTURE.md
// convention 10), and the page keeps its place while it arrives.
const CandidateMap = dynamic(() => import('@/components/map/candidate-map'), {
  ssr: false,
  loading: () => (
    <div className="flex h-80 w-full items-center justify-center rounded-lg bg-[#dde9f3] sm:h-[28rem]">
      <p className="text-sm">Chargement de la carte…</p>
    </div>
  ),
});

export function CandidateMapLoader(props: CandidateMapProps) {
  return <CandidateMap {...props} />;
}
