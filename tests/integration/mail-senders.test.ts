/** @jest-environment node */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resetEnvCache } from '@/lib/env';
import { outboxOnlySender, resendSender, senderFromEnv } from '@/lib/mail/senders';

// A local stand-in for the Resend API: no network, but the real SDK and HTTP round trip.
interface Recorded {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

let server: Server;
let baseUrl: string;
const requests: Recorded[] = [];
let reply: { status: number; body: unknown } = { status: 200, body: { id: 're_123' } };

beforeAll(async () => {
  server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      requests.push({ path: request.url ?? '', headers: request.headers, body: JSON.parse(raw || '{}') });
      response.writeHead(reply.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  requests.length = 0;
});

const email = {
  to: 'camille@example.fr',
  subject: 'Votre numéro RPPS',
  html: '<p>Bonjour</p>',
  text: 'Bonjour',
  from: 'Renfort RH Crise <ne-pas-repondre@renfort-rh-crise.fr>',
  idempotencyKey: 'outbox-row-1',
};

describe('resendSender', () => {
  it('posts the email with the API key and the idempotency key, and returns the provider id', async () => {
    reply = { status: 200, body: { id: 're_123' } };
    await expect(resendSender('re_test_key', { baseUrl }).send(email)).resolves.toEqual({ id: 're_123' });
    expect(requests).toHaveLength(1);
    expect(requests[0].path).toBe('/emails');
    expect(requests[0].headers.authorization).toBe('Bearer re_test_key');
    expect(requests[0].headers['idempotency-key']).toBe('outbox-row-1');
    expect(requests[0].body).toMatchObject({ to: 'camille@example.fr', subject: 'Votre numéro RPPS', html: '<p>Bonjour</p>', text: 'Bonjour', from: email.from });
  });

  it('turns an API error answer into a failure (the SDK does not throw)', async () => {
    reply = { status: 422, body: { statusCode: 422, name: 'validation_error', message: 'Invalid `to` field.' } };
    await expect(resendSender('re_test_key', { baseUrl }).send(email)).rejects.toThrow('Invalid `to` field.');
  });

  it('fails on a server error too', async () => {
    reply = { status: 500, body: { statusCode: 500, name: 'internal_server_error', message: 'boom' } };
    await expect(resendSender('re_test_key', { baseUrl }).send(email)).rejects.toThrow(/boom/);
  });
});

describe('senderFromEnv', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of ['RESEND_API_KEY', 'MAIL_TRANSPORT'] as const) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    resetEnvCache();
  });

  function configure(values: { RESEND_API_KEY?: string; MAIL_TRANSPORT?: string }) {
    delete process.env.RESEND_API_KEY;
    delete process.env.MAIL_TRANSPORT;
    Object.assign(process.env, values);
    resetEnvCache();
  }

  it('keeps emails in the outbox without a Resend key', () => {
    configure({});
    expect(senderFromEnv()).toBe(outboxOnlySender);
  });

  it('keeps emails in the outbox when MAIL_TRANSPORT=outbox, even with a key', () => {
    configure({ RESEND_API_KEY: 're_key', MAIL_TRANSPORT: 'outbox' });
    expect(senderFromEnv()).toBe(outboxOnlySender);
  });

  it('uses Resend when a key is set', () => {
    configure({ RESEND_API_KEY: 're_key' });
    expect(senderFromEnv()).not.toBe(outboxOnlySender);
  });

  it('refuses MAIL_TRANSPORT=resend without a key rather than dropping emails', () => {
    configure({ MAIL_TRANSPORT: 'resend' });
    expect(() => senderFromEnv()).toThrow('RESEND_API_KEY');
  });
});
