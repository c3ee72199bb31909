import { MAP_MAX_ZOOM, MAP_MIN_ZOOM, type CandidateMapData, type MapBox } from '@/lib/candidates/map-grid';

// When the « Choisir » map moves, whether its features still fit the view (decision 037): the server
// grouped them at one zoom level, over one area. Another level, or a view leaving that area, asks for the
// view again — with a margin, so that small pans after it need nothing.

/** Each side of the view is pushed out by this share of its size in a request. */
const MARGIN = 0.5;

export function gridZoom(mapZoom: number): number {
  return Math.min(MAP_MAX_ZOOM, Math.max(MAP_MIN_ZOOM, Math.round(mapZoom)));
}

function contains(outer: MapBox, inner: MapBox): boolean {
  return outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];
}

/** The view to ask the server for, or null when the features held already cover this one. */
export function viewToRequest(held: Pick<CandidateMapData, 'zoom' | 'bbox'>, mapZoom: number, bounds: MapBox): { zoom: number; bbox: MapBox } | null {
  const zoom = gridZoom(mapZoom);
  if (zoom === held.zoom && (held.bbox === null || contains(held.bbox, bounds))) return null;
  const width = bounds[2] - bounds[0];
  const height = bounds[3] - bounds[1];
  const bbox: MapBox = [
    Math.max(-180, bounds[0] - width * MARGIN),
    Math.max(-90, bounds[1] - height * MARGIN),
    Math.min(180, bounds[2] + width * MARGIN),
    Math.min(90, bounds[3] + height * MARGIN),
  ];
  return { zoom, bbox: bbox.map((value) => Math.round(value * 1e5) / 1e5) as MapBox };
}

/** The URL of that view, with the table's filters (its query string, `?…` or empty). */
export function mapViewUrl(missionId: string, tableSearch: string, view: { zoom: number; bbox: MapBox }): string {
  const params = new URLSearchParams(tableSearch);
  params.set('zoom', String(view.zoom));
  const [west, south, east, north] = view.bbox;
  for (const [key, value] of Object.entries({ west, south, east, north })) params.set(key, String(value));
  return `/api/missions/${encodeURIComponent(missionId)}/map?${params.toString()}`;
}

/** Volunteers in a set of features (a cluster counts its members). */
export function volunteersIn(features: CandidateMapData['features']): number {
  return features.reduce((sum, feature) => sum + feature[2], 0);
}

/** « 12 », « 1,2 k », « 35 k »: a cluster's count in the room its circle leaves. */
export function abbreviatedCount(count: number): string {
  if (count < 1_000) return String(count);
  if (count < 10_000) return `${(Math.floor(count / 100) / 10).toLocaleString('fr-FR')} k`;
  return `${Math.floor(count / 1_000).toLocaleString('fr-FR')} k`;
}
