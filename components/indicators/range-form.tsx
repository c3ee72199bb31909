import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { controlClasses } from '@/components/ui/field-frame';
import type { DateRange } from '@/lib/indicators/range';

// A plain GET form: the period lands in the URL (`?du=…&au=…`), so a view can be bookmarked, shared and
// reloaded, and the page works without JavaScript.

export function RangeForm({ action, range, error }: { action: string; range: DateRange; error: string | null }) {
  return (
    <form method="get" action={action} className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm sm:flex-row sm:items-end" aria-label="Période des missions">
      <div className="flex flex-col gap-1">
        <label htmlFor="range-from" className="font-medium">
          Du
        </label>
        <input id="range-from" name="du" type="date" defaultValue={range.from} required className={`min-h-11 ${controlClasses(false)}`} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="range-to" className="font-medium">
          Au
        </label>
        <input id="range-to" name="au" type="date" defaultValue={range.to} required className={`min-h-11 ${controlClasses(false)}`} />
      </div>
      <button type="submit" className={buttonClasses('primary')}>
        Afficher
      </button>
      {error ? (
        <div className="sm:ml-4 sm:flex-1">
          <Alert tone="warning" title="Période non prise en compte">
            {error} Les indicateurs portent sur les 30 derniers jours.
          </Alert>
        </div>
      ) : null}
    </form>
  );
}
