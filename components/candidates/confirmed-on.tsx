import { formatParisShortDay } from '@/lib/dates/format';

/** Under a row's status: when the volunteer last confirmed their availability (SPEC §5.2). */
export function ConfirmedOn({ at }: { at: Date | string }) {
  return <span className="mt-1 block min-w-36 text-xs text-muted">Disponibilité confirmée le {formatParisShortDay(at)}</span>;
}
