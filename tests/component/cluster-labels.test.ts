/** @jest-environment jsdom */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapFeature } from '@/lib/candidates/map-grid';
import { ClusterLabels } from '@/components/map/cluster-labels';

// The clusters' counts are written on one 2D canvas over the map, redrawn after each of the map's frames
// (decision 037). jsdom has no 2D canvas: a recording context stands in for it, and a small map whose
// projection is « ten pixels a degree » stands in for MapLibre.

interface Written {
  text: string;
  x: number;
  y: number;
}

let written: Written[];
let clears: number;

beforeEach(() => {
  written = [];
  clears = 0;
  const context = {
    canvas: null,
    font: '',
    fillStyle: '',
    textAlign: '',
    textBaseline: '',
    setTransform: () => undefined,
    clearRect: () => {
      clears += 1;
      written = [];
    },
    fillText: (text: string, x: number, y: number) => written.push({ text, x, y }),
  };
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => context as unknown as CanvasRenderingContext2D);
});

afterEach(() => jest.restoreAllMocks());

function fakeMap() {
  const container = document.createElement('div');
  const handlers = new Map<string, Set<() => void>>();
  let offset = 0;
  const map = {
    getCanvasContainer: () => container,
    getCanvas: () => ({ clientWidth: 400, clientHeight: 300 }),
    project: ([longitude, latitude]: [number, number]) => ({ x: longitude * 10 + offset, y: latitude * 10 }),
    on: (event: string, handler: () => void) => handlers.set(event, (handlers.get(event) ?? new Set()).add(handler)),
    off: (event: string, handler: () => void) => handlers.get(event)?.delete(handler),
  };
  return {
    map: map as unknown as MapLibreMap,
    container,
    /** The map moves right by `pixels` and draws a frame. */
    pan(pixels: number) {
      offset += pixels;
      for (const handler of handlers.get('render') ?? []) handler();
    },
  };
}

const FEATURES: MapFeature[] = [
  [2, 3, 5, null],
  [10, 12, 1, 'a-volunteer'],
  [20, 25, 1_234, null],
  [100, 100, 9, null],
];

describe('the counts on the clusters', () => {
  it('writes each cluster’s count where the map draws it, and nothing for a single volunteer or a cluster out of view', () => {
    const { map } = fakeMap();
    new ClusterLabels(map).show(FEATURES);
    expect(written).toEqual([
      { text: '5', x: 20, y: 30 },
      { text: '1,2 k', x: 200, y: 250 },
    ]);
  });

  it('follows the map: each frame clears and writes the counts at their new place', () => {
    const { map, pan } = fakeMap();
    new ClusterLabels(map).show(FEATURES);
    const before = clears;
    pan(50);
    expect(clears).toBe(before + 1);
    expect(written).toEqual([
      { text: '5', x: 70, y: 30 },
      { text: '1,2 k', x: 250, y: 250 },
    ]);
  });

  it('is one canvas over the map that assistive technologies and the pointer ignore', () => {
    const { map, container } = fakeMap();
    new ClusterLabels(map).show(FEATURES);
    const canvases = container.querySelectorAll('canvas');
    expect(canvases).toHaveLength(1);
    expect(canvases[0]!.getAttribute('aria-hidden')).toBe('true');
    expect(canvases[0]!.style.pointerEvents).toBe('none');
    expect(canvases[0]!.style.width).toBe('400px');
  });

  it('stops drawing and leaves the map when disposed', () => {
    const { map, container, pan } = fakeMap();
    const labels = new ClusterLabels(map);
    labels.show(FEATURES);
    labels.dispose();
    expect(container.querySelector('canvas')).toBeNull();
    written = [];
    pan(50);
    expect(written).toEqual([]);
  });
});
