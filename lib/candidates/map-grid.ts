// The grid of the « Choisir » map (SPEC §6.4, docs/decisions/037), shared by the server that groups the
// pool (map-clusters.ts) and the browser that asks for another view (components/map): no server code here.

/** A cell of the grid: [longitude, latitude, count, id]; the id (and the exact place) when it holds one volunteer. */
export type MapFeature = [number, number, number, string | null];

/** [west, south, east, north], in degrees. */
export type MapBox = [number, number, number, number];

export interface CandidateMapData {
  /** The grid's zoom level the features were grouped at. */
  zoom: number;
  /** The area the features cover: null when they cover the whole pool. */
  bbox: MapBox | null;
  features: MapFeature[];
  /** Where the map opens: the establishment and its candidates (null when there is nothing to frame). */
  frame: MapBox | null;
}

/** Grid cells of this many pixels (MapLibre's tiles are 512 px wide): a cluster's circle and its label fit in one. */
export const MAP_CELL_PX = 64;
export const MAP_MIN_ZOOM = 2;
/** From this zoom on, every volunteer is their own feature (a neighbourhood holds few; the table lists the rest). */
export const MAP_SINGLE_POINT_ZOOM = 15;
export const MAP_MAX_ZOOM = 18;
/** Single volunteers in one view at most (best ranked first), from MAP_SINGLE_POINT_ZOOM on. */
export const MAP_VIEW_POINT_LIMIT = 1_000;
/** Beyond this, a volunteer is framed only if nobody is nearer (metropolitan France is ~1,000 km across). */
export const FRAMING_RADIUS_KM = 900;
/** The map the first zoom is chosen for (CSS pixels, after padding): the phone's, the smallest. */
export const NOMINAL_VIEW = { width: 320, height: 270 };
/** The zoom the map opens at on a single place (the establishment alone, or everyone in one commune). */
export const SINGLE_PLACE_ZOOM = 8;
export const MAX_FRAMING_ZOOM = 10;

