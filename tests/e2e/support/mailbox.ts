import { expect, type APIRequestContext } from '@playwright/test';

export interface MailboxEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  links: string[];
  createdAt: string;
}

/** Waits for an email to `to` whose subject matches, through the dev mailbox's JSON endpoint. */
export async function waitForEmail(request: APIRequestContext, to: string, subject: RegExp, after = new Date(0)): Promise<MailboxEmail> {
  let found: MailboxEmail | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/dev/mailbox?to=${encodeURIComponent(to)}`);
        const emails = (await response.json()) as MailboxEmail[];
        found = emails.find((email) => subject.test(email.subject) && new Date(email.createdAt) >= after);
        return Boolean(found);
      },
      { timeout: 20_000, message: `email "${subject}" to ${to}` },
    )
    .toBe(true);
  return found!;
}
