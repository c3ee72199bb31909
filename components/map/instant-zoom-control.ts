import type { IControl, Map as MapLibreMap } from 'maplibre-gl';

/**
 * « Zoom avant » / « Zoom arrière » that jump one level instead of easing there. MapLibre's own
 * NavigationControl animates each click over ~300 ms; on a phone without a usable GPU (and in headless
 * Chromium) every frame of that animation redraws the whole pool's clusters and blocked the main thread
 * 110–220 ms per frame (`npm run bench:map`, decision 037). One jump draws one frame. Same look (MapLibre's
 * classes and icons) and the same disabled state at the zoom limits.
 */
export class InstantZoomControl implements IControl {
  private container: HTMLDivElement | null = null;
  private map: MapLibreMap | null = null;
  private zoomInButton: HTMLButtonElement | null = null;
  private zoomOutButton: HTMLButtonElement | null = null;
  private readonly syncDisabled = () => {
    if (!this.map || !this.zoomInButton || !this.zoomOutButton) return;
    const zoom = this.map.getZoom();
    this.zoomInButton.disabled = zoom >= this.map.getMaxZoom();
    this.zoomOutButton.disabled = zoom <= this.map.getMinZoom();
  };

  onAdd(map: MapLibreMap): HTMLElement {
    this.map = map;
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    this.zoomInButton = zoomButton(container, 'maplibregl-ctrl-zoom-in', 'Zoom avant', () => map.zoomIn({ duration: 0 }));
    this.zoomOutButton = zoomButton(container, 'maplibregl-ctrl-zoom-out', 'Zoom arrière', () => map.zoomOut({ duration: 0 }));
    map.on('zoom', this.syncDisabled);
    this.syncDisabled();
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.map?.off('zoom', this.syncDisabled);
    this.container?.remove();
    this.container = null;
    this.map = null;
  }
}

function zoomButton(container: HTMLElement, className: string, label: string, onClick: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  button.title = label;
  button.setAttribute('aria-label', label);
  const icon = document.createElement('span');
  icon.className = 'maplibregl-ctrl-icon';
  icon.setAttribute('aria-hidden', 'true');
  button.append(icon);
  button.addEventListener('click', onClick);
  container.append(button);
  return button;
}
