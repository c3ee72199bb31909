// After `next build`: marks the scripts that every page runs at load for eager compilation, with V8's
// explicit compile hint (`//# allFunctionsCalledOnLoad` on a script's first line, Chrome 136+; other
// browsers ignore the comment). Without it V8 compiles each function of React DOM and Next's runtime on
// the page's main thread the first time hydration calls it; with it, it compiles them on a background
// thread while the script downloads. Measured on `/`: main-thread work at load 272–296 → 194–246 ms,
// longest task 67–97 → 32–54 ms (docs/decisions/040-compile-hints.md). Only the build manifest's
// `rootMainFiles`, the chunks every page loads and mostly runs; a page's own chunks stay lazy. Idempotent.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const HINT = '//# allFunctionsCalledOnLoad\n';
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const manifest = JSON.parse(readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8'));
const files = manifest.rootMainFiles ?? [];
if (files.length === 0) {
  console.error(`compile-hints: ${distDir}/build-manifest.json lists no rootMainFiles`);
  process.exit(1);
}
let marked = 0;
for (const file of files) {
  const full = path.join(distDir, file);
  const code = readFileSync(full, 'utf8');
  if (code.startsWith(HINT)) continue;
  writeFileSync(full, HINT + code);
  marked += 1;
}
console.log(`compile-hints: ${marked} of ${files.length} chunks marked for eager compilation in ${distDir}`);
