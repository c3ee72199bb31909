import { PageTitle } from '@/components/ui/page-title';
import { RangeForm } from '@/components/indicators/range-form';
import { MissionCards, VolunteerCards } from '@/components/indicators/summary-cards';
import { PositionsByProfession, PositionsByRegion } from '@/components/indicators/mission-charts';
import { VolunteersByDepartment, VolunteersByProfession } from '@/components/indicators/volunteer-charts';
import { formatDay, formatInstant } from '@/lib/dates/format';
import type { IndicatorsReport } from '@/lib/indicators/get-indicators';

/** The page body shared by `/ars/indicateurs` (the region) and `/ccs/indicateurs` (the country, by region). */
export function IndicatorsPage({ report, action, rangeError }: { report: IndicatorsReport; action: string; rangeError: string | null }) {
  const period = `du ${formatDay(report.range.from)} au ${formatDay(report.range.to)}`;
  return (
    <div className="space-y-8">
      <PageTitle lead={`${report.scopeLabel}. Les indicateurs de missions portent sur les missions créées ${period} ; les professionnels disponibles sont comptés aujourd’hui.`}>
        Indicateurs
      </PageTitle>
      <RangeForm action={action} range={report.range} error={rangeError} />

      <section aria-labelledby="missions-heading" className="space-y-4">
        <h2 id="missions-heading" className="text-xl font-bold">
          Missions créées {period}
        </h2>
        <MissionCards figures={report.missions} />
        {report.regions ? <PositionsByRegion rows={report.regions} /> : null}
        <PositionsByProfession rows={report.missionsByProfession} />
      </section>

      <section aria-labelledby="volunteers-heading" className="space-y-4">
        <h2 id="volunteers-heading" className="text-xl font-bold">
          Professionnels disponibles aujourd’hui
        </h2>
        <p className="text-muted">
          Disponible : compte actif, interrupteur sur « Disponible », une période de disponibilité en cours ou à venir, ni réservé ni affecté
          {report.national ? '. Par région choisie pour la mobilisation.' : ' ; professionnels ayant choisi la région.'}
        </p>
        {report.volunteersAsOf ? (
          <p className="text-muted" data-testid="volunteers-as-of">
            Chiffres calculés le {formatInstant(report.volunteersAsOf)} (recalculés toutes les 5 minutes).
          </p>
        ) : null}
        <VolunteerCards count={report.volunteers} />
        <VolunteersByProfession rows={report.volunteersByProfession} />
        <VolunteersByDepartment rows={report.volunteersByDepartment} />
      </section>
    </div>
  );
}
