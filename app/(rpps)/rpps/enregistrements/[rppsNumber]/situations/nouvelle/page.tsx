import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageTitle } from '@/components/ui/page-title';
import { requireAreaActor } from '@/lib/auth/session';
import { listManagedEstablishments } from '@/lib/rpps/queries';
import { getRecordForNewSituation } from '@/lib/rpps/records';
import { AddSituationForm } from '../../../_components/add-situation-form';

export const metadata: Metadata = { title: 'Ajouter une situation' };

/**
 * « Ajouter une situation » in one of the manager's establishments. Reached by the exact RPPS number,
 * also for a person registered elsewhere (« Le nouvel employeur doit ouvrir une nouvelle situation
 * professionnelle ») — only their practice name is shown then, as in the public Annuaire Santé.
 */
export default async function AddSituationPage({ params }: { params: Promise<{ rppsNumber: string }> }) {
  const actor = await requireAreaActor('RPPS_MANAGER');
  const record = await getRecordForNewSituation(actor, (await params).rppsNumber);
  if (!record) notFound();
  const establishments = await listManagedEstablishments(actor);
  return (
    <div className="space-y-4">
      <PageTitle
        lead={`${record.practiceFirstName} ${record.practiceLastName} — RPPS : ${record.rppsNumber}. Il n'est pas nécessaire d'enregistrer à nouveau l'état civil du professionnel : il conserve son numéro RPPS.`}
      >
        Ajouter une situation
      </PageTitle>
      <AddSituationForm
        defaults={{ rppsNumber: record.rppsNumber, ...(establishments.length === 1 ? { establishmentId: establishments[0]!.id } : {}) }}
        establishments={establishments.map((establishment) => ({ value: establishment.id, label: establishment.label }))}
      />
    </div>
  );
}
