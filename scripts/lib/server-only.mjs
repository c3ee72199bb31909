// Preloaded by the package.json scripts (`node --import ./scripts/lib/server-only.mjs --import tsx …`):
// lib/ marks its server modules with `import 'server-only'`, which throws outside React's react-server
// condition; but under that condition react-dom/server refuses to load, and the scripts render emails
// (admin:create, the demo seed, the jobs). So the scripts run with Node's default conditions, and
// `server-only` resolves to an empty module here — as tests/jest.config.js does for the tests.
import Module from 'node:module';
import { fileURLToPath } from 'node:url';

const EMPTY = fileURLToPath(new URL('./empty-module.cjs', import.meta.url));
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveServerOnly(request, ...rest) {
  return request === 'server-only' ? EMPTY : resolveFilename.call(this, request, ...rest);
};
