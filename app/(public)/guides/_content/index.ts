import { arsGuide } from './ars';
import { ccsGuide } from './ccs';
import { establishmentGuide } from './etablissement';
import { professionalGuide } from './professionnel';
import { rppsGuide } from './rpps';
import type { Guide } from './types';

export type { Guide, GuideSection } from './types';

/** In the order of /guides. */
export const GUIDES: readonly Guide[] = [professionalGuide, establishmentGuide, arsGuide, ccsGuide, rppsGuide];

export function findGuide(slug: string): Guide | undefined {
  return GUIDES.find((guide) => guide.slug === slug);
}
