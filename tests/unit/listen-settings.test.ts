import { listenSettings } from '../../scripts/lib/listen-settings';

// Issue 10 §10: an embedded instance started with `npm start` must not show reset links to the network.
describe('where the embedded default listens and whether its mailbox opens', () => {
  it('binds `npm start` on the embedded database to loopback, mailbox open there', () => {
    expect(listenSettings({ mode: 'start', embeddedDatabase: true, env: {} })).toEqual({ hostname: '127.0.0.1', mailTransport: 'outbox' });
  });

  it('closes the mailbox when the embedded default is bound elsewhere, unless asked for explicitly', () => {
    expect(listenSettings({ mode: 'start', embeddedDatabase: true, env: { HOST: '0.0.0.0' } })).toEqual({ hostname: '0.0.0.0', mailTransport: undefined });
    // MAIL_TRANSPORT=outbox given by the operator reaches Next unchanged (the script adds nothing).
    expect(listenSettings({ mode: 'start', embeddedDatabase: true, env: { HOST: '0.0.0.0', MAIL_TRANSPORT: 'outbox' } }).mailTransport).toBeUndefined();
  });

  it('never opens the mailbox for a real deployment or with a Resend key', () => {
    expect(listenSettings({ mode: 'start', embeddedDatabase: false, env: {} })).toEqual({ hostname: undefined, mailTransport: undefined });
    expect(listenSettings({ mode: 'start', embeddedDatabase: true, env: { RESEND_API_KEY: 're_x' } }).mailTransport).toBeUndefined();
  });

  it('keeps `npm run dev` as it was: every interface, mailbox open (development builds always show it)', () => {
    expect(listenSettings({ mode: 'dev', embeddedDatabase: true, env: {} })).toEqual({ hostname: undefined, mailTransport: 'outbox' });
  });
});
