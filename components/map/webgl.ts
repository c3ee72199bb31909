/**
 * MapLibre 6 draws with WebGL 2. Headless Chromium without a GPU still has it through SwiftShader; an
 * old browser, a locked-down workstation or a lost GPU context may not: the page then says so and the
 * table stays the way to act.
 */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return canvas.getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
