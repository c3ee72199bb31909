'use client';

import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, Marker, Popup, setWorkerUrl, type MapLayerMouseEvent } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { MAX_FRAMING_ZOOM, SINGLE_PLACE_ZOOM, type CandidateMapData, type MapBox } from '@/lib/candidates/map-grid';
import type { ChoosingActions } from '@/components/candidates/choosing-actions';
import { CandidatePopupContent } from '@/components/map/candidate-popup';
import { ClusterLabels } from '@/components/map/cluster-labels';
import { InstantZoomControl } from '@/components/map/instant-zoom-control';
import { volunteersIn } from '@/components/map/map-view-request';
import { ViewFollower } from '@/components/map/view-follower';
import {
  CLUSTER_LAYER_ID,
  ESTABLISHMENT_GREEN,
  FRENCH_LOCALE,
  POINT_LAYER_ID,
  SOURCE_ID,
  candidateSource,
  clusterLayer,
  pointLayer,
} from '@/components/map/map-layers';
import { webglAvailable } from '@/components/map/webgl';

// MapLibre 6 starts its worker from a URL that bundlers cannot see; this literal `new URL` makes Next
// emit the (self-contained) worker file under /_next/static and gives its address (docs/decisions/015).
setWorkerUrl(new URL('maplibre-gl/dist/maplibre-gl-worker.mjs', import.meta.url).toString());

export interface CandidateMapProps {
  missionId: string;
  /** The filtered pool, grouped by the server for the first view (lib/candidates/map-clusters.ts). */
  map: CandidateMapData;
  /** The table's query string (`?…` or empty): the map asks for other views with the same filters. */
  tableSearch: string;
  establishment: { name: string; longitude: number; latitude: number } | null;
  canContact: boolean;
  contact: ChoosingActions['contact'];
}

type MapState = 'loading' | 'ready' | 'unavailable' | 'failed';

/** France as the offline style frames it, when there is nothing to fit. */
const FRANCE = { center: [2.5, 46.6] as [number, number], zoom: 4.8 };

/**
 * The « Choisir » map (SPEC §6.4): the establishment as a green marker, the whole filtered pool as blue
 * points and numbered clusters the server grouped for the view (decision 037), framed on the
 * establishment and its candidates. Moving to another zoom level or area asks the server for that view.
 * Clicking a point opens its popup; clicking a cluster zooms in. Everything comes from the app itself
 * (offline style, no tiles).
 */
export default function CandidateMap({ missionId, map: initial, tableSearch, establishment, canContact, contact }: CandidateMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const labelsRef = useRef<ClusterLabels | null>(null);
  const framedRef = useRef<string | null>(null);
  const followerRef = useRef<ViewFollower | null>(null);
  // The follower asks for other views with the filters of the latest render.
  const searchRef = useRef({ missionId, tableSearch });
  useEffect(() => {
    searchRef.current = { missionId, tableSearch };
  }, [missionId, tableSearch]);
  // Client-only (ssr: false in candidate-map-loader.tsx), so the first render may ask the browser.
  const [state, setState] = useState<MapState>(() => (webglAvailable() ? 'loading' : 'unavailable'));
  const [sourcePoints, setSourcePoints] = useState<number | null>(null);
  const [popup, setPopup] = useState<{ id: string; container: HTMLElement; serial: number } | null>(null);

  // The map itself, once: created in an effect because MapLibre needs the DOM and WebGL.
  useEffect(() => {
    const container = containerRef.current;
    if (!container || !webglAvailable()) return; // the state says so already (first render)
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container,
        style: '/map/style.json',
        ...FRANCE,
        locale: FRENCH_LOCALE,
        attributionControl: { compact: true },
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        // No frames of label fading, and a canvas the compositor does not copy each frame: without a usable
        // GPU each redraw's « Commit » blocked the main thread 45–210 ms (`npm run bench:map`, decision 037).
        fadeDuration: 0,
        canvasContextAttributes: { desynchronized: true },
      });
    } catch {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- MapLibre itself refused (no WebGL context after all): only known once it was tried, here.
      setState('unavailable');
      return;
    }
    map.touchZoomRotate.disableRotation();
    map.addControl(new InstantZoomControl(), 'top-right');
    map.on('webglcontextlost', () => setState('unavailable'));
    // Before 'load', an error means the offline style itself did not come: say so rather than stay blank.
    map.on('error', () => setState((current) => (current === 'loading' ? 'failed' : current)));
    const labels = new ClusterLabels(map);
    labelsRef.current = labels;

    map.on('load', () => {
      map.addSource(SOURCE_ID, candidateSource);
      map.addLayer(clusterLayer);
      map.addLayer(pointLayer);
      followerRef.current = new ViewFollower(map, labels, () => searchRef.current, setSourcePoints, { zoom: 0, bbox: null, features: [], frame: null });
      setState('ready');
    });
    map.on('click', CLUSTER_LAYER_ID, (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      if (!feature || feature.geometry.type !== 'Point') return;
      const [longitude, latitude] = feature.geometry.coordinates;
      // Two levels in: the server splits the cluster on the new grid. A jump, not an ease (see InstantZoomControl).
      map.jumpTo({ center: [longitude!, latitude!], zoom: map.getZoom() + 2 });
    });
    map.on('click', POINT_LAYER_ID, (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      if (!feature || feature.geometry.type !== 'Point') return;
      const [longitude, latitude] = feature.geometry.coordinates;
      const content = document.createElement('div');
      const opened = new Popup({ maxWidth: '300px', focusAfterOpen: true })
        .setLngLat([longitude!, latitude!])
        .setDOMContent(content)
        .addTo(map);
      opened.on('close', () => setPopup((current) => (current?.container === content ? null : current)));
      // MapLibre's popups ignore Escape; keyboard users expect it to close them.
      opened.getElement()?.addEventListener('keydown', (key) => key.key === 'Escape' && void opened.remove());
      setPopup((current) => ({ id: String(feature.properties?.id), container: content, serial: (current?.serial ?? 0) + 1 }));
    });
    for (const layer of [CLUSTER_LAYER_ID, POINT_LAYER_ID]) {
      map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
    }
    mapRef.current = map;
    return () => {
      followerRef.current?.dispose();
      followerRef.current = null;
      labels.dispose();
      map.remove();
      mapRef.current = null;
      labelsRef.current = null;
    };
  }, []);

  // The features the server sends follow the table's filters (same URL query): new data, and a new frame
  // when the filters or the frame changed (not when only a status did, so the view does not jump after
  // « Contacter »: the view is kept and asked for again).
  useEffect(() => {
    const map = mapRef.current;
    const follower = followerRef.current;
    if (state !== 'ready' || !map || !follower) return;
    follower.show(initial);
    const frameKey = `${tableSearch}|${JSON.stringify(initial.frame)}`;
    if (framedRef.current === frameKey) {
      void follower.follow();
      return;
    }
    framedRef.current = frameKey;
    frame(map, initial.frame);
  }, [initial, tableSearch, state]);

  // The establishment: a green marker.
  useEffect(() => {
    const map = mapRef.current;
    if (state !== 'ready' || !map || !establishment) return;
    const marker = new Marker({ color: ESTABLISHMENT_GREEN }).setLngLat([establishment.longitude, establishment.latitude]);
    marker.getElement().setAttribute('aria-label', `Établissement : ${establishment.name}`);
    marker.getElement().dataset.testid = 'establishment-marker';
    marker.addTo(map);
    return () => void marker.remove();
  }, [establishment, state]);

  return (
    <div className="space-y-2">
      {state === 'unavailable' || state === 'failed' ? (
        <p role="status" className="rounded border-l-4 border-warning bg-orange-50 p-4 text-sm">
          {state === 'unavailable'
            ? 'La carte ne peut pas s’afficher sur ce navigateur (WebGL indisponible).'
            : 'La carte n’a pas pu être chargée.'}{' '}
          Le tableau ci-dessous présente les mêmes candidats et permet d’agir.
        </p>
      ) : null}
      <div
        ref={containerRef}
        role="region"
        aria-label="Carte des candidats : l’établissement en vert, les candidats en bleu"
        data-testid="candidate-map"
        data-state={state}
        data-points={volunteersIn(initial.features)}
        data-zoom={initial.zoom}
        data-source-points={sourcePoints ?? undefined}
        className={state === 'unavailable' || state === 'failed' ? 'hidden' : 'h-80 w-full overflow-hidden rounded-lg bg-[#dde9f3] sm:h-[28rem]'}
      />
      {popup
        ? createPortal(
            <CandidatePopupContent key={`${popup.id}-${popup.serial}`} missionId={missionId} professionalId={popup.id} canContact={canContact} contact={contact} />,
            popup.container,
          )
        : null}
    </div>
  );
}

function frame(map: MapLibreMap, box: MapBox | null): void {
  if (!box) map.jumpTo(FRANCE);
  else if (box[0] === box[2] && box[1] === box[3]) map.jumpTo({ center: [box[0], box[1]], zoom: SINGLE_PLACE_ZOOM });
  else map.fitBounds(box, { padding: 48, maxZoom: MAX_FRAMING_ZOOM, duration: 0 });
}
