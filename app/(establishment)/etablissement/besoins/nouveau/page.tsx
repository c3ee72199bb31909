import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NewNeedForm } from '@/components/establishment/new-need-form';
import { PageTitle } from '@/components/ui/page-title';
import { requireAreaActor } from '@/lib/auth/session';
import { getNewNeedContext } from '@/lib/missions/new-need';
import { createNeedAction } from './actions';

export const metadata: Metadata = { title: 'Nouveau besoin' };

export default async function NewNeedPage() {
  const actor = await requireAreaActor('ESTABLISHMENT');
  const context = await getNewNeedContext(actor);
  // An account attached to no establishment has nothing to ask for.
  if (!context) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <PageTitle lead="Décrivez vos besoins de renfort : ils s'ajoutent au tableau de bord de votre établissement, où vous choisirez les renforts.">
        Nouveau besoin
      </PageTitle>
      <NewNeedForm requester={context.requester} establishments={context.establishments} submit={createNeedAction} />
    </div>
  );
}
