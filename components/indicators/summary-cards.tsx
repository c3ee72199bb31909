import { StatCard } from '@/components/ui/stat-card';
import { formatCount, formatDuration, formatRate } from '@/lib/indicators/format';
import type { MissionFigures } from '@/lib/indicators/mission-figures';
import type { VolunteerCount } from '@/lib/indicators/volunteer-figures';

export function MissionCards({ figures }: { figures: MissionFigures }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
      <StatCard label="Missions créées" value={formatCount(figures.missions)} testId="indicator-missions" />
      <StatCard label="Missions ouvertes" value={formatCount(figures.openMissions)} testId="indicator-open-missions" />
      <StatCard label="Postes demandés" value={formatCount(figures.positionsRequested)} testId="indicator-positions-requested" />
      <StatCard
        label={`Postes pourvus (${formatRate(figures.positionsFilled, figures.positionsRequested)})`}
        value={formatCount(figures.positionsFilled)}
        testId="indicator-positions-filled"
      />
      <StatCard label="Délai médian jusqu’à la première affectation" value={formatDuration(figures.medianSecondsToFirstAssignment)} testId="indicator-median-delay" />
    </div>
  );
}

export function VolunteerCards({ count }: { count: VolunteerCount }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <StatCard label="Professionnels disponibles aujourd’hui" value={formatCount(count.available)} testId="indicator-available-volunteers" />
      <StatCard label="Professionnels inscrits" value={formatCount(count.registered)} testId="indicator-registered-volunteers" />
    </div>
  );
}
