// Where `npm run dev` / `npm start` listen, and whether the dev mailbox opens (SPEC §13, issue 10 §10).
// The embedded default keeps every email in the outbox and shows it at /dev/mailbox, reset links
// included: under `npm start` (a production build) that is only safe when nobody else can reach the
// server. So the embedded default listens on loopback, and opens the mailbox by itself only there; an
// operator who binds it elsewhere (HOST) must ask for the mailbox explicitly (MAIL_TRANSPORT=outbox).

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export interface ListenSettings {
  /** Passed to `next --hostname`; undefined lets Next listen on every interface. */
  hostname: string | undefined;
  /** Set for Next when the dev mailbox should open in a production build. */
  mailTransport: 'outbox' | undefined;
}

export function listenSettings(options: { mode: 'dev' | 'start'; embeddedDatabase: boolean; env: { HOST?: string; RESEND_API_KEY?: string; MAIL_TRANSPORT?: string } }): ListenSettings {
  const { mode, embeddedDatabase, env } = options;
  const hostname = env.HOST || (mode === 'start' && embeddedDatabase ? '127.0.0.1' : undefined);
  const loopbackOnly = hostname !== undefined && LOOPBACK.has(hostname);
  const implicitOutbox = embeddedDatabase && !env.RESEND_API_KEY && !env.MAIL_TRANSPORT && (mode === 'dev' || loopbackOnly);
  return { hostname, mailTransport: implicitOutbox ? 'outbox' : undefined };
}
