import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { PageTitle } from '@/components/ui/page-title';
import { requireAreaActor } from '@/lib/auth/session';
import { getRppsHome } from '@/lib/rpps/queries';

export const metadata: Metadata = { title: 'Portail RPPS+' };

function Block({ title, children, action }: { title: string; children: ReactNode; action: ReactNode }) {
  return (
    <section aria-label={title} className="flex flex-col gap-4 rounded-lg bg-white p-6 shadow-sm">
      <h2 className="text-xl font-bold">{title}</h2>
      <div className="flex-1 space-y-2 text-sm">{children}</div>
      <div>{action}</div>
    </section>
  );
}

/** The three entries of the guide's home screen (SPEC §8), with what waits for the manager. */
export default async function RppsHomePage() {
  const actor = await requireAreaActor('RPPS_MANAGER');
  const home = await getRppsHome(actor);
  return (
    <div className="space-y-6">
      <PageTitle lead="Enregistrez les professionnels de vos établissements dans le répertoire RPPS, validez leurs pré-enregistrements et tenez leurs données à jour.">
        Portail RPPS+
      </PageTitle>
      <div className="grid gap-4 lg:grid-cols-3">
        <Block
          title="Ajouter l'enregistrement d'une nouvelle personne"
          action={
            <Link href="/rpps/enregistrement/nouveau" className={buttonClasses('primary')}>
              Ajouter un enregistrement
            </Link>
          }
        >
          <p>État civil, données de contact, situation d&apos;exercice : recueillez-les lors d&apos;un face à face avec le professionnel.</p>
          <p data-testid="rpps-drafts">
            {home.drafts === 0
              ? 'Aucune demande en cours de saisie.'
              : `${home.drafts} demande${home.drafts > 1 ? 's' : ''} en cours d'enregistrement à reprendre.`}
          </p>
        </Block>
        <Block
          title="Traiter les demandes d'enregistrement en cours"
          action={
            <Link href="/rpps/demandes" className={buttonClasses('primary')}>
              Voir les demandes
            </Link>
          }
        >
          <p>Les pré-enregistrements saisis par les professionnels attendent votre validation.</p>
          <p data-testid="rpps-under-review">
            {home.underReview === 0
              ? "Aucune demande en cours d'instruction."
              : `${home.underReview} demande${home.underReview > 1 ? 's' : ''} en cours d'instruction.`}
          </p>
        </Block>
        <Block
          title="Modifier un enregistrement existant"
          action={
            <Link href="/rpps/enregistrements" className={buttonClasses('primary')}>
              Modifier un enregistrement
            </Link>
          }
        >
          <p>Données de contact, fermeture ou ajout d&apos;une situation d&apos;exercice, nom et prénom d&apos;exercice.</p>
          <p data-testid="rpps-records">
            {home.records} professionnel{home.records > 1 ? 's' : ''} enregistré{home.records > 1 ? 's' : ''} dans vos établissements.
          </p>
        </Block>
      </div>
    </div>
  );
}
