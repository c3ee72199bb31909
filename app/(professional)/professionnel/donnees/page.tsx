import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { PageTitle } from '@/components/ui/page-title';
import { buttonClasses } from '@/components/ui/button';
import { requireAreaActor } from '@/lib/auth/session';
import { deletionRefusal, getDeletionBlock } from '@/lib/professionals/own';
import { deleteAccountAction } from './actions';
import { DeleteAccountForm } from './_components/delete-account-form';

export const metadata: Metadata = { title: 'Mes données' };

export default async function DataRightsPage() {
  const actor = await requireAreaActor('PROFESSIONAL');
  const block = await getDeletionBlock(actor);
  return (
    <div className="space-y-6">
      <PageTitle lead="Vos droits sur vos données personnelles (RGPD) : les obtenir, ou les effacer.">Mes données</PageTitle>

      <section aria-labelledby="export-title" className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="export-title" className="text-lg font-bold">
          Télécharger mes données
        </h2>
        <p>
          Un fichier JSON avec votre compte, votre fiche, vos disponibilités, vos candidatures et affectations, vos documents
          et les consultations de vos documents par les établissements.
        </p>
        <a href="/api/professionnel/export" download className={buttonClasses('secondary')}>
          Télécharger mes données
        </a>
      </section>

      <section aria-labelledby="delete-title" className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="delete-title" className="text-lg font-bold">
          Supprimer mon compte
        </h2>
        {block ? (
          <Alert tone="warning" title="Suppression impossible pour le moment">
            <p data-testid="deletion-blocked">{deletionRefusal(block)}</p>
          </Alert>
        ) : (
          <>
            <p>
              Votre compte, votre fiche, vos disponibilités, vos candidatures et vos documents seront effacés définitivement. Si
              un établissement vous a contacté(e) ou si une ARS vous a proposé(e), cette réservation sera libérée. Pensez à
              télécharger vos données avant.
            </p>
            <DeleteAccountForm deleteAccount={deleteAccountAction} />
          </>
        )}
      </section>
    </div>
  );
}
