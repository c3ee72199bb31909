import type { FeatureCollection, Point } from 'geojson';
import type { CircleLayerSpecification, ExpressionSpecification, GeoJSONSourceSpecification } from 'maplibre-gl';
import type { MapFeature } from '@/lib/candidates/map-grid';

// The candidates' layers of the « Choisir » map (SPEC §6.4, docs/ARCHITECTURE.md convention 10): one GeoJSON
// source of the features the server grouped (decision 037: a volunteer, or a cluster and its count) and
// circle layers only. The offline basemap has no glyph server, so there is no text layer: a cluster's
// size and shade grow with its count, and cluster-labels.ts writes the number in HTML.

export const SOURCE_ID = 'candidates';
export const CLUSTER_LAYER_ID = 'candidate-clusters';
export const POINT_LAYER_ID = 'candidate-points';

/** Candidates are blue (SPEC §6.4); the establishment's marker is green. */
export const CANDIDATE_BLUE = '#0063cb';
export const CLUSTER_BLUE = '#000091';
export const ESTABLISHMENT_GREEN = '#18753c';

export interface CandidateProperties {
  /** Volunteers in the feature: 1 for a volunteer, more for a cluster. */
  count: number;
  /** The volunteer's id (a cluster has none). */
  id: string | null;
}

export function toFeatureCollection(features: readonly MapFeature[]): FeatureCollection<Point, CandidateProperties> {
  return {
    type: 'FeatureCollection',
    features: features.map(([longitude, latitude, count, id]) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [longitude, latitude] },
      properties: { count, id },
    })),
  };
}

export const EMPTY: FeatureCollection<Point, CandidateProperties> = { type: 'FeatureCollection', features: [] };

// No clustering in the browser: the server did it for the whole pool.
export const candidateSource: GeoJSONSourceSpecification = { type: 'geojson', data: EMPTY };

const IS_CLUSTER: ExpressionSpecification = ['>', ['get', 'count'], 1];

export const clusterLayer: CircleLayerSpecification = {
  id: CLUSTER_LAYER_ID,
  type: 'circle',
  source: SOURCE_ID,
  filter: IS_CLUSTER,
  paint: {
    'circle-color': CLUSTER_BLUE,
    'circle-opacity': ['step', ['get', 'count'], 0.75, 10, 0.85, 50, 0.95],
    'circle-radius': ['step', ['get', 'count'], 14, 10, 18, 50, 24, 200, 30, 10000, 34],
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 2,
  },
};

export const pointLayer: CircleLayerSpecification = {
  id: POINT_LAYER_ID,
  type: 'circle',
  source: SOURCE_ID,
  filter: ['!', IS_CLUSTER],
  paint: {
    'circle-color': CANDIDATE_BLUE,
    'circle-radius': 7,
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 2,
  },
};

/** MapLibre's own words, in French. */
export const FRENCH_LOCALE: Record<string, string> = {
  'Map.Title': 'Carte : flèches pour déplacer, + et − pour zoomer',
  'Marker.Title': 'Repère',
  'Popup.Close': 'Fermer',
  'AttributionControl.ToggleAttribution': 'Afficher ou masquer les sources de la carte',
  'AttributionControl.MapFeedback': 'Signaler une erreur de la carte',
  'LogoControl.Title': 'MapLibre',
  'ScaleControl.Kilometers': 'km',
  'ScaleControl.Meters': 'm',
};
