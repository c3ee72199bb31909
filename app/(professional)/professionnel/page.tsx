import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { PageTitle } from '@/components/ui/page-title';
import { requireAreaActor } from '@/lib/auth/session';
import { getOwnDashboard, type PeriodsState } from '@/lib/professionals/own';
import { VOLUNTEER_STATUS_EXPLANATIONS, VOLUNTEER_STATUS_LABELS } from '@/lib/professionals/status';
import { confirmAvailabilityAction, declineCandidacyAction, setAvailabilityAction } from './actions';
import { AssignmentList } from './_components/assignment-list';
import { AvailabilitySwitch } from './_components/availability-switch';
import { MyCandidacy } from './_components/my-candidacy';
import { ConfirmAvailability } from './_components/confirm-availability';

export const metadata: Metadata = { title: 'Mon espace' };

const NO_PERIOD_MESSAGES: Record<Exclude<PeriodsState, 'CURRENT'>, string> = {
  ALL_PAST: 'Toutes vos périodes de disponibilité sont passées : vous êtes considéré(e) comme Indisponible tant que vous n’en ajoutez pas une nouvelle.',
  NONE: 'Vous n’avez aucune période de disponibilité : vous êtes considéré(e) comme Indisponible tant que vous n’en ajoutez pas une.',
};

export default async function ProfessionalDashboardPage() {
  const actor = await requireAreaActor('PROFESSIONAL');
  const dashboard = await getOwnDashboard(actor);
  const reserved = dashboard.status === 'PROPOSED' || dashboard.status === 'CONTACTED';
  return (
    <div className="space-y-6">
      <PageTitle lead={`${dashboard.professionLabel} — mobilisable en priorité en ${dashboard.regionName}`}>Mon espace</PageTitle>

      <section aria-labelledby="status-title" className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="status-title" className="text-lg font-bold">
          Mon statut : <span data-testid="volunteer-status">{VOLUNTEER_STATUS_LABELS[dashboard.status]}</span>
        </h2>
        <p data-testid="volunteer-status-explanation">{VOLUNTEER_STATUS_EXPLANATIONS[dashboard.status]}</p>
        {dashboard.periodsState !== 'CURRENT' ? (
          <Alert tone="warning" title="Aucune période de disponibilité à venir">
            <p data-testid="no-current-period">{NO_PERIOD_MESSAGES[dashboard.periodsState]}</p>
            <p className="mt-2">
              <Link href="/professionnel/disponibilites" className="font-bold text-brand underline">
                Ajouter une période de disponibilité
              </Link>
            </p>
          </Alert>
        ) : null}
      </section>

      <MyCandidacy candidacy={dashboard.candidacy} decline={declineCandidacyAction} />

      <section aria-labelledby="availability-title" className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="availability-title" className="text-lg font-bold">
          Ma disponibilité
        </h2>
        <AvailabilitySwitch available={dashboard.available} setAvailability={setAvailabilityAction} />
        <ConfirmAvailability
          key={dashboard.availabilityConfirmedAt.toISOString()}
          confirmedAt={dashboard.availabilityConfirmedAt}
          canConfirm={dashboard.available}
          confirm={confirmAvailabilityAction}
        />
        {reserved ? (
          <p className="text-sm text-muted">
            Ce bouton ne libère pas votre réservation : pour cela, utilisez « Je ne suis pas disponible pour cette mission » dans
            « Ma candidature ».
          </p>
        ) : null}
        {dashboard.status === 'ASSIGNED' ? (
          <p className="text-sm text-muted">Ce bouton ne libère pas une affectation en cours : l’établissement concerné en décide.</p>
        ) : null}
        <p className="text-sm">
          {dashboard.upcomingPeriods > 0
            ? `${dashboard.upcomingPeriods} période${dashboard.upcomingPeriods > 1 ? 's' : ''} de disponibilité à venir. `
            : null}
          <Link href="/professionnel/disponibilites" className="text-brand underline">
            Gérer mes disponibilités
          </Link>
        </p>
      </section>

      <section aria-labelledby="assignments-title" className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="assignments-title" className="text-lg font-bold">
          Mes affectations
        </h2>
        <AssignmentList assignments={dashboard.assignments} />
      </section>
    </div>
  );
}
