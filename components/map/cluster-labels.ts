import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { MapFeature } from '@/lib/candidates/map-grid';
import { abbreviatedCount } from '@/components/map/map-view-request';

/**
 * The count on each cluster, as small HTML markers: there is no glyph server offline, so a symbol
 * layer cannot write it. Hidden from assistive technologies (the table gives the same information) and
 * transparent to the pointer, so a click still reaches the cluster underneath. A label is kept while its
 * cluster stays the same (same place, same count), so new data moves only what changed.
 */
export class ClusterLabels {
  private readonly labels = new Map<string, Marker>();

  constructor(private readonly map: MapLibreMap) {}

  show(features: readonly MapFeature[]): void {
    const seen = new Set<string>();
    for (const [longitude, latitude, count] of features) {
      if (count < 2) continue;
      const key = `${longitude},${latitude},${count}`;
      seen.add(key);
      if (this.labels.has(key)) continue;
      const element = document.createElement('div');
      element.textContent = abbreviatedCount(count);
      element.setAttribute('aria-hidden', 'true');
      element.className = 'text-xs font-bold text-white';
      element.style.pointerEvents = 'none';
      this.labels.set(key, new Marker({ element }).setLngLat([longitude, latitude]).addTo(this.map));
    }
    for (const [key, marker] of this.labels) {
      if (!seen.has(key)) {
        marker.remove();
        this.labels.delete(key);
      }
    }
  }

  clear(): void {
    for (const marker of this.labels.values()) marker.remove();
    this.labels.clear();
  }
}
