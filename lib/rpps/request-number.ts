import 'server-only';
import type { TransactionClient } from '@/lib/db';
import { parisToday } from '@/lib/dates/days';

/**
 * « Numéro de la demande »: `P` + the day in France (yyyymmdd) + a database sequence padded to 6 digits,
 * e.g. P20220905011141. The sequence is global and never reused, so a number is unique even across
 * days; past 999 999 it simply gets longer (the check constraint allows it).
 */
export function formatRequestNumber(day: string, sequence: number | bigint): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`not a calendar day: ${day}`);
  const n = BigInt(sequence);
  if (n < 1n) throw new RangeError('request sequence values start at 1');
  return `P${day.replace(/-/g, '')}${n.toString().padStart(6, '0')}`;
}

export async function nextRequestNumber(tx: TransactionClient, now = new Date()): Promise<string> {
  const [row] = await tx.$queryRaw<{ value: bigint }[]>`SELECT nextval('rpps_request_number_seq') AS value`;
  return formatRequestNumber(parisToday(now), row!.value);
}
