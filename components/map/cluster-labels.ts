import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import { SOURCE_ID } from '@/components/map/map-layers';

/**
 * The count on each cluster, as small HTML markers: there is no glyph server offline, so a symbol
 * layer cannot write it. Hidden from assistive technologies (the table gives the same information) and
 * transparent to the pointer, so a click still reaches the cluster underneath.
 */
export class ClusterLabels {
  private readonly labels = new Map<number, Marker>();

  constructor(private readonly map: MapLibreMap) {}

  sync(): void {
    const seen = new Set<number>();
    for (const feature of this.map.querySourceFeatures(SOURCE_ID, { filter: ['has', 'point_count'] })) {
      const id = Number(feature.properties?.cluster_id);
      if (seen.has(id) || feature.geometry.type !== 'Point') continue;
      seen.add(id);
      if (this.labels.has(id)) continue;
      const element = document.createElement('div');
      element.textContent = String(feature.properties?.point_count_abbreviated ?? feature.properties?.point_count ?? '');
      element.setAttribute('aria-hidden', 'true');
      element.className = 'text-xs font-bold text-white';
      element.style.pointerEvents = 'none';
      const [longitude, latitude] = feature.geometry.coordinates;
      this.labels.set(id, new Marker({ element }).setLngLat([longitude!, latitude!]).addTo(this.map));
    }
    for (const [id, marker] of this.labels) {
      if (!seen.has(id)) {
        marker.remove();
        this.labels.delete(id);
      }
    }
  }

  /** New data reuses cluster ids for other clusters: start again. */
  clear(): void {
    for (const marker of this.labels.values()) marker.remove();
    this.labels.clear();
  }
}
