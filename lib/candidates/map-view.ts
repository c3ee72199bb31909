import { z } from '@/lib/validation/zod';
import { MAP_MAX_ZOOM, MAP_MIN_ZOOM, type MapBox } from '@/lib/candidates/map-grid';

// What the « Choisir » map asks for when it moves (SPEC §6.4, decision 037): a zoom level and the area in
// view; the filters are the table's own (lib/candidates/query.ts), in the same URL. Anything else — a
// hand-typed URL, a box inside out — is refused: the map then keeps what it shows.

const coordinate = (limit: number) => z.coerce.number().finite().min(-limit).max(limit);

export const mapViewSchema = z
  .object({
    zoom: z.coerce.number().int().min(MAP_MIN_ZOOM).max(MAP_MAX_ZOOM),
    west: coordinate(180),
    south: coordinate(90),
    east: coordinate(180),
    north: coordinate(90),
  })
  .refine((view) => view.west <= view.east && view.south <= view.north);

export interface MapView {
  zoom: number;
  bbox: MapBox;
}

export function parseMapView(params: URLSearchParams): MapView | null {
  const parsed = mapViewSchema.safeParse(Object.fromEntries(['zoom', 'west', 'south', 'east', 'north'].map((key) => [key, params.get(key) ?? undefined])));
  if (!parsed.success) return null;
  const { zoom, west, south, east, north } = parsed.data;
  return { zoom, bbox: [west, south, east, north] };
}
