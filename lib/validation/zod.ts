import { z } from 'zod';

// Every schema of the app is built from this `z`. Zod 4 otherwise tries `new Function("")` when it
// builds its first object schema, to see whether it may compile fast parsers: our CSP forbids eval
// (next.config.js), so the browser logs a CSP violation on every page with a form. Interpreted parsing
// is fast enough for forms of a few dozen fields. This module must run before any schema is built:
// importing `z` from here guarantees it for the module that builds one.
z.config({ jitless: true });

export { z };
