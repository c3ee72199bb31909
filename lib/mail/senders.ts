import { Resend } from 'resend';
import { env } from '@/lib/env';

export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  from: string;
  /** The outbox row id: a retry after a crash must not send the same email twice. */
  idempotencyKey?: string;
}

export interface EmailSender {
  /** Resolves with the provider's id once the provider accepted the email; rejects otherwise. */
  send(email: OutgoingEmail): Promise<{ id: string }>;
}

export const OUTBOX_PROVIDER_ID = 'outbox';

/**
 * Delivers nothing: the email is only marked sent and stays readable in the dev mailbox (SPEC §12,
 * no RESEND_API_KEY, or MAIL_TRANSPORT=outbox).
 */
export const outboxOnlySender: EmailSender = {
  async send() {
    return { id: OUTBOX_PROVIDER_ID };
  },
};

export interface ResendSenderOptions {
  /** Only for tests against a local fake of the API. */
  baseUrl?: string;
}

export function resendSender(apiKey: string, options: ResendSenderOptions = {}): EmailSender {
  const resend = new Resend(apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
  return {
    async send({ to, subject, html, text, from, idempotencyKey }) {
      // The SDK reports API errors in `error` instead of throwing: turn them into failures, or the
      // dispatcher would mark an unsent email as sent.
      const { data, error } = await resend.emails.send(
        { from, to, subject, html, text },
        idempotencyKey ? { idempotencyKey } : undefined,
      );
      if (error) throw new Error(`Resend ${error.statusCode ?? ''} ${error.name}: ${error.message}`.replace(/\s+/g, ' '));
      if (!data?.id) throw new Error('Resend answered without an email id');
      return { id: data.id };
    },
  };
}

export function senderFromEnv(): EmailSender {
  const { RESEND_API_KEY, MAIL_TRANSPORT } = env();
  if (MAIL_TRANSPORT === 'outbox') return outboxOnlySender;
  if (RESEND_API_KEY) return resendSender(RESEND_API_KEY);
  // Asking for Resend without a key is a configuration error: keep the emails pending (nothing is
  // lost) rather than silently marking them sent.
  if (MAIL_TRANSPORT === 'resend') throw new Error('MAIL_TRANSPORT=resend requires RESEND_API_KEY');
  return outboxOnlySender;
}
