// The schemas that a volunteer page's form also runs in the browser (the sign-up form, « Ma fiche »,
// « Mes disponibilités ») are built with zod/mini rather than zod's classic API: the same engine
// (zod/v4/core, same rules, same messages, same parse results), but functions instead of methods, so
// the bundler keeps only the pieces a schema uses. The classic API's methods reach every schema type
// and the English locale: ~110 KB of script on each page that imported it (docs/decisions/035).
// A mini schema is a full zod schema on the server too (`parse`, `safeParse`), and classic schemas may
// embed it (`z.object({ email: emailSchema })`). Mini objects never compile parsers with
// `new Function`, so the CSP's ban on eval needs no `jitless` here (lib/validation/zod.ts).
//
// Import it as a namespace, `import * as z from '@/lib/validation/zod-mini'`, and only read members of
// it (`z.string()`, `z.input<…>`): the bundler then keeps the functions used. Never pass `z` itself
// around nor re-export it as an object — nor use zod/mini's own `z` export: a namespace object that
// escapes keeps every export, zod's whole core and its forty locales included (~80 KB compressed).

export * from 'zod/mini';
