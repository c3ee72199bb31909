import type { MissionForChoosing } from '@/lib/candidates/mission-search';
import { MEDICAL_SPECIALITY_LABELS, type MedicalSpecialityCode } from '@/lib/reference/medical-specialities';
import { getProfession } from '@/lib/reference/professions';
import { formatDay } from '@/lib/dates/format';

/** The criteria a mission asked for, in the words of the new-need form (SPEC §6.3). */
export function missionCriteria(mission: MissionForChoosing): string[] {
  return [
    mission.needsVehicle ? 'Véhicule personnel' : null,
    mission.needsWeekend ? 'Disponible week-end' : null,
    mission.needsEhpadExperience ? 'Expérience en EHPAD' : null,
    mission.needsIcuExperience ? 'Expérience en réanimation' : null,
    mission.vaccinationSupport ? 'Aide pour la vaccination' : null,
    mission.nationalPoolOpen ? 'Vivier national ouvert par le CCS' : null,
  ].filter((criterion): criterion is string => criterion !== null);
}

export function MissionSummary({ mission }: { mission: MissionForChoosing }) {
  const criteria = missionCriteria(mission);
  const speciality = mission.speciality ? (MEDICAL_SPECIALITY_LABELS[mission.speciality as MedicalSpecialityCode] ?? mission.speciality) : null;
  return (
    <section aria-labelledby="mission-title" className="rounded-lg bg-white p-4 shadow-sm">
      <h2 id="mission-title" className="text-lg font-bold">
        La mission
      </h2>
      <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Établissement</dt>
        <dd>{mission.establishmentName}</dd>
        <dt className="font-medium">Profession</dt>
        <dd data-testid="mission-profession">
          {getProfession(mission.professionCode)?.label ?? mission.professionCode}
          {speciality ? ` — ${speciality}` : ''}
        </dd>
        <dt className="font-medium">Dates</dt>
        <dd>
          du {formatDay(mission.startDate.toISOString())} au {formatDay(mission.endDate.toISOString())}
        </dd>
        <dt className="font-medium">Postes</dt>
        <dd>
          <span data-testid="mission-filled" className="font-bold">
            POURVUE {mission.filledCount}/{mission.requestedCount}
          </span>{' '}
          <span className="text-sm text-muted">(candidats validés / postes demandés)</span>
        </dd>
        <dt className="font-medium">Critères</dt>
        <dd>{criteria.length > 0 ? criteria.join(', ') : 'Aucun critère particulier'}</dd>
        {mission.details ? (
          <>
            <dt className="font-medium">Précisions</dt>
            <dd className="break-words">{mission.details}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
