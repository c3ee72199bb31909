import type { Metadata } from 'next';
import Link from 'next/link';
import { PageTitle } from '@/components/ui/page-title';
import { SupportEmailLink } from '@/components/support/support-email-link';
import { dpoEmail, supportEmail } from '@/lib/env';
import { processors } from '@/lib/legal/processors';
import { PUBLISHER } from '@/lib/legal/publisher';

export const metadata: Metadata = { title: 'Mentions légales' };

const link = 'text-brand underline';

/** SPEC §15: publisher, hosting (as configured), contacts and terms of use; the privacy notice has its own page. */
export default function LegalPage() {
  const { hosting } = processors();
  return (
    <article className="max-w-3xl space-y-6">
      <PageTitle>Mentions légales</PageTitle>

      <section aria-labelledby="editeur" className="space-y-2">
        <h2 id="editeur" className="text-xl font-bold">Éditeur</h2>
        <p>{PUBLISHER.name}, {PUBLISHER.address}.</p>
        <p>Directeur de la publication : {PUBLISHER.publicationDirector.toLowerCase()}.</p>
      </section>

      <section aria-labelledby="hebergeur" className="space-y-2">
        <h2 id="hebergeur" className="text-xl font-bold">Hébergement</h2>
        <p>{hosting}</p>
      </section>

      <section aria-labelledby="contact" className="space-y-2">
        <h2 id="contact" className="text-xl font-bold">Contact</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            Support des utilisateurs : <SupportEmailLink email={supportEmail()} /> (voir aussi la{' '}
            <Link href="/aide" className={link}>page d’aide</Link>).
          </li>
          <li>
            Délégué à la protection des données : <SupportEmailLink email={dpoEmail()} />.
          </li>
        </ul>
      </section>

      <section aria-labelledby="conditions" className="space-y-2">
        <h2 id="conditions" className="text-xl font-bold">Conditions d’utilisation</h2>
        <p>
          Renfort RH Crise met en relation, pendant une crise sanitaire, des professionnels de santé volontaires et des
          établissements qui ont besoin de renfort, sous la régulation des agences régionales de santé (ARS) et du centre de
          crise sanitaire (CCS). Ce n’est ni une plateforme d’intérim ni un service de recrutement pour des besoins
          chroniques.
        </p>
        <p>
          Les informations saisies doivent être exactes et tenues à jour. Chaque compte est personnel : une adresse email,
          une personne. Les données consultées sur la plateforme ne servent qu’à la gestion des renforts de la crise.
        </p>
      </section>

      <section aria-labelledby="donnees-personnelles" className="space-y-2">
        <h2 id="donnees-personnelles" className="text-xl font-bold">Données personnelles</h2>
        <p>
          Responsable du traitement, finalités, base légale, données collectées, destinataires, durées de conservation et
          vos droits : voir <Link href="/donnees-personnelles" className={link}>Données personnelles</Link>.
        </p>
      </section>

      <section aria-labelledby="accessibilite" className="space-y-2">
        <h2 id="accessibilite" className="text-xl font-bold">Accessibilité</h2>
        <p>
          La plateforme vise la conformité au référentiel général d’amélioration de l’accessibilité (RGAA). Si vous ne
          pouvez pas accéder à un contenu ou à un service, écrivez au support : nous vous apporterons l’information par un
          autre moyen.
        </p>
      </section>
    </article>
  );
}
