import { parseArgs } from 'node:util';
import { startLocalOidcProvider } from './local-oidc/provider';

// `npm run oidc:local -- [--port 4400] [--app-url http://localhost:3000] [--faults]`: the local Pro Santé
// Connect and ProConnect on their own, e.g. for an app started another way. Prints the app's variables
// in .env format on stdout (the tests read them from there), then runs until Ctrl-C.

const USAGE = 'Usage : npm run oidc:local -- [--port 4400] [--app-url http://localhost:3000] [--faults]';

async function main() {
  const { values } = parseArgs({ options: { port: { type: 'string' }, 'app-url': { type: 'string' }, faults: { type: 'boolean' } } });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new Error(`--port invalide.\n${USAGE}`);
  const appUrl = values['app-url'] ?? process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  const oidc = await startLocalOidcProvider({ appUrl, port, faults: values.faults === true });

  const lines = Object.entries(oidc.env).map(([name, value]) => `${name}=${value}`);
  if (oidc.controlUrl) lines.push(`LOCAL_OIDC_CONTROL_URL=${oidc.controlUrl}`);
  console.log(`# Fournisseur d'identité local (Pro Santé Connect, ProConnect) pour ${appUrl} :\n${lines.join('\n')}`);

  const stop = () => void oidc.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Started by a test or by npm that went away: stop with it rather than keep the port.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && stop(), 1000).unref();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
