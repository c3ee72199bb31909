import { PageTitle } from '@/components/ui/page-title';
import { AccountRequestQueue } from '@/components/account-requests/account-request-queue';
import type { QueueActions } from '@/components/account-requests/queue-actions';
import type { PendingQueue } from '@/lib/account-requests/list-pending-account-requests';

/** The page body shared by `/ars/demandes` (the region) and `/ccs/demandes` (the country). */
export function AccountRequestsPage({ queue, actions, scope }: { queue: PendingQueue; actions: QueueActions; scope: string }) {
  return (
    <div className="space-y-6">
      <PageTitle lead={`Demandes de compte établissement en attente — ${scope}. « Valider » crée le compte, l'établissement s'il est nouveau et les missions, puis envoie l'email d'activation. « Refuser » envoie le motif au demandeur.`}>
        Demandes de compte
      </PageTitle>
      <AccountRequestQueue queue={queue} actions={actions} />
    </div>
  );
}
