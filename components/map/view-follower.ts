import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { CandidateMapData } from '@/lib/candidates/map-grid';
import type { ClusterLabels } from '@/components/map/cluster-labels';
import { SOURCE_ID, toFeatureCollection } from '@/components/map/map-layers';
import { mapViewUrl, viewToRequest, volunteersIn } from '@/components/map/map-view-request';

/** Moves end in bursts (a wheel, a pinch): one request once the map has been still this long. */
const SETTLE_MS = 150;

/**
 * Keeps the « Choisir » map's features in step with its view (decision 037): the features held and the
 * view they were grouped for, a request for the view the map moved to when they no longer cover it, and
 * only the newest answer shown (an older request is aborted).
 */
export class ViewFollower {
  private held: CandidateMapData;
  private request: AbortController | null = null;
  private settle: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly map: MapLibreMap,
    private readonly labels: ClusterLabels,
    private readonly where: () => { missionId: string; tableSearch: string },
    private readonly onShown: (volunteers: number) => void,
    initial: CandidateMapData,
  ) {
    this.held = initial;
    map.on('moveend', this.scheduleFollow);
  }

  /** Puts these features on the map and keeps them as the ones held (a newer page's data wins over any request). */
  show(data: CandidateMapData): void {
    this.request?.abort();
    this.display(data);
  }

  private display(data: CandidateMapData): void {
    this.held = data;
    (this.map.getSource(SOURCE_ID) as GeoJSONSource | undefined)?.setData(toFeatureCollection(data.features));
    this.labels.show(data.features);
    this.onShown(volunteersIn(data.features));
  }

  private readonly scheduleFollow = (): void => {
    clearTimeout(this.settle);
    this.settle = setTimeout(() => void this.follow(), SETTLE_MS);
  };

  /** Asks the server for the view the map shows, unless the features held cover it. */
  async follow(): Promise<void> {
    const bounds = this.map.getBounds();
    const view = viewToRequest(this.held, this.map.getZoom(), [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]);
    if (!view) return;
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    const { missionId, tableSearch } = this.where();
    try {
      const response = await fetch(mapViewUrl(missionId, tableSearch, view), { signal: request.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      const data = (await response.json()) as CandidateMapData;
      if (!request.signal.aborted) this.display(data);
    } catch {
      // Aborted by a newer view, or the network failed: the map keeps what it shows, the table is there.
    }
  }

  dispose(): void {
    clearTimeout(this.settle);
    this.request?.abort();
    this.map.off('moveend', this.scheduleFollow);
  }
}
