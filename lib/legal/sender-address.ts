import { env } from '@/lib/env';

/** The address emails come from (MAIL_FROM, « Nom <adresse> » or a bare address): the help page tells users which sender to allow. */
export function senderAddress(): string {
  const from = env().MAIL_FROM;
  return /<([^>]+)>/.exec(from)?.[1]?.trim() ?? from.trim();
}
