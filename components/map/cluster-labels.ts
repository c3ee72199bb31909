import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapFeature } from '@/lib/candidates/map-grid';
import { abbreviatedCount } from '@/components/map/map-view-request';

/** The former HTML labels' look: `text-xs font-bold text-white`. */
const FONT_PX = 12;
/** A label this far outside the view is not drawn (a count is a few dozen pixels wide). */
const MARGIN_PX = 40;

/**
 * The count on each cluster, written on one transparent 2D canvas laid over the map and redrawn after
 * each of the map's frames. There is no glyph server offline, so a symbol layer cannot write it; a
 * symbol layer of pre-drawn images was tried and cost seconds of shader compilation in a software GPU.
 * HTML markers (one element per count, each on its own compositing layer) made every move restyle,
 * repaint and recomposite each of them on the main thread: the long tasks left in `npm run bench:map`
 * (decision 037). Hidden from assistive technologies and transparent to the pointer, so a click still
 * reaches the cluster underneath; the table gives the same information.
 */
export class ClusterLabels {
  private readonly canvas: HTMLCanvasElement;
  private clusters: Array<{ lngLat: [number, number]; text: string }> = [];
  /** Read once: reading a computed style in each frame could make the browser restyle the page. */
  private readonly font: string;

  constructor(private readonly map: MapLibreMap) {
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    canvas.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none';
    // After the map's own canvas, before the controls' container: above the clusters, below the buttons.
    map.getCanvasContainer().append(canvas);
    this.canvas = canvas;
    this.font = `bold ${FONT_PX}px ${getComputedStyle(canvas).fontFamily || 'sans-serif'}`;
    map.on('render', this.draw);
  }

  show(features: readonly MapFeature[]): void {
    this.clusters = features
      .filter(([, , count]) => count >= 2)
      .map(([longitude, latitude, count]) => ({ lngLat: [longitude, latitude], text: abbreviatedCount(count) }));
    this.draw();
  }

  private readonly draw = (): void => {
    const { clientWidth: width, clientHeight: height } = this.map.getCanvas();
    const ratio = window.devicePixelRatio || 1;
    const pixelWidth = Math.round(width * ratio);
    const pixelHeight = Math.round(height * ratio);
    if (this.canvas.width !== pixelWidth || this.canvas.height !== pixelHeight) {
      this.canvas.width = pixelWidth;
      this.canvas.height = pixelHeight;
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${height}px`;
    }
    const context = this.canvas.getContext('2d');
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    context.font = this.font;
    context.fillStyle = '#ffffff';
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    for (const { lngLat, text } of this.clusters) {
      const { x, y } = this.map.project(lngLat);
      if (x < -MARGIN_PX || y < -MARGIN_PX || x > width + MARGIN_PX || y > height + MARGIN_PX) continue;
      context.fillText(text, x, y);
    }
  };

  dispose(): void {
    this.map.off('render', this.draw);
    this.canvas.remove();
    this.clusters = [];
  }
}
