import type { Metadata } from 'next';
import Link from 'next/link';
import { PageTitle } from '@/components/ui/page-title';
import { SupportEmailLink } from '@/components/support/support-email-link';
import { dpoEmail } from '@/lib/env';
import { processors } from '@/lib/legal/processors';
import { CNIL, PUBLISHER } from '@/lib/legal/publisher';
import { retentionPeriods } from '@/lib/legal/retention-periods';
import { CollectedData } from './_components/collected-data';

export const metadata: Metadata = { title: 'Données personnelles' };

const link = 'text-brand underline';

/** The privacy notice, with every item SPEC §15 lists; the processors and durations come from the configuration and the code. */
export default function PrivacyPage() {
  const { hosting, mail } = processors();
  const dpo = dpoEmail();
  return (
    <article className="max-w-3xl space-y-6">
      <PageTitle lead="Comment Renfort RH Crise traite vos données personnelles, et comment exercer vos droits.">
        Données personnelles
      </PageTitle>

      <section aria-labelledby="responsable" className="space-y-2">
        <h2 id="responsable" className="text-xl font-bold">Responsable du traitement</h2>
        <p>{PUBLISHER.name}, {PUBLISHER.address}.</p>
      </section>

      <section aria-labelledby="dpo" className="space-y-2">
        <h2 id="dpo" className="text-xl font-bold">Délégué à la protection des données</h2>
        <p>
          Pour toute question sur vos données ou pour exercer vos droits : <SupportEmailLink email={dpo} />.
        </p>
      </section>

      <section aria-labelledby="finalites" className="space-y-2">
        <h2 id="finalites" className="text-xl font-bold">Finalités et base légale</h2>
        <p>La plateforme sert, pendant une crise sanitaire, à :</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>recenser les professionnels de santé volontaires et leurs disponibilités ;</li>
          <li>les mettre en relation avec les établissements qui ont besoin de renfort ;</li>
          <li>permettre aux ARS et au CCS de réguler et de prioriser ces renforts, et d’en suivre les indicateurs ;</li>
          <li>enregistrer au répertoire RPPS les professionnels des établissements (portail RPPS+) ;</li>
          <li>sécuriser le service : comptes, limitation des tentatives de connexion, journal des actions.</li>
        </ul>
        <p>
          Ce traitement est nécessaire à l’exécution d’une mission d’intérêt public dont est investi le ministère chargé
          de la santé : la gestion des crises sanitaires (article 6, paragraphe 1, point e, du règlement général sur la
          protection des données, RGPD). Les données ne sont ni vendues ni utilisées à des fins commerciales.
        </p>
      </section>

      <section aria-labelledby="donnees" className="space-y-2">
        <h2 id="donnees" className="text-xl font-bold">Données collectées</h2>
        <CollectedData />
      </section>

      <section aria-labelledby="destinataires" className="space-y-2">
        <h2 id="destinataires" className="text-xl font-bold">Destinataires</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            Les établissements dont un besoin ouvert correspond à votre profil (profession, critères, zone de mobilisation),
            ou avec qui vous avez une candidature : votre fiche, vos coordonnées et vos pièces ; chaque téléchargement de pièce
            est enregistré.
          </li>
          <li>L’ARS de votre région de mobilisation, et celle de l’établissement auquel vous êtes proposé(e).</li>
          <li>Le centre de crise sanitaire (CCS), pour l’ensemble du territoire.</li>
          <li>
            Les gestionnaires RPPS+ de votre établissement et le répertoire RPPS, pour les professionnels qu’ils y
            enregistrent.
          </li>
          <li>Les prestataires techniques ci-dessous, uniquement pour faire fonctionner le service.</li>
        </ul>
      </section>

      <section aria-labelledby="hebergement" className="space-y-2">
        <h2 id="hebergement" className="text-xl font-bold">Sous-traitants et hébergement</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Hébergement : {hosting}</li>
          <li>Envoi des emails : {mail}</li>
        </ul>
        <p>
          Lorsqu’un prestataire est établi hors de l’Union européenne, le transfert est encadré par les garanties du
          chapitre V du RGPD (décision d’adéquation ou clauses contractuelles types de la Commission européenne).
        </p>
      </section>

      <section aria-labelledby="conservation" className="space-y-2">
        <h2 id="conservation" className="text-xl font-bold">Durées de conservation</h2>
        <dl className="space-y-3">
          {retentionPeriods().map((item) => (
            <div key={item.data}>
              <dt className="font-bold">{item.data}</dt>
              <dd>{item.period}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="droits" className="space-y-2">
        <h2 id="droits" className="text-xl font-bold">Vos droits et comment les exercer</h2>
        <p>
          Vous disposez d’un droit d’accès, de rectification, d’effacement et de limitation de vos données, et du droit de
          vous opposer à leur traitement pour des raisons tenant à votre situation particulière (articles 15 à 18 et 21 du
          RGPD).
        </p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            Professionnels : « Ma fiche » corrige vos informations ; « Mes données »{' '}
            (<Link href="/professionnel/donnees" className={link}>/professionnel/donnees</Link>) télécharge toutes vos
            données et supprime votre compte, sauf pendant une affectation en cours.
          </li>
          <li>Tous les comptes : « Mon compte » corrige votre nom, votre téléphone et votre adresse email.</li>
          <li>
            Pour le reste, écrivez au délégué à la protection des données (<SupportEmailLink email={dpo} />) depuis l’adresse
            de votre compte ; une réponse vous est apportée dans un délai d’un mois.
          </li>
        </ul>
      </section>

      <section aria-labelledby="cnil" className="space-y-2">
        <h2 id="cnil" className="text-xl font-bold">Réclamation auprès de la CNIL</h2>
        <p>
          Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une
          réclamation à la CNIL en ligne (<a href={CNIL.complaintUrl} className={`${link} break-all`}>{CNIL.complaintUrl}</a>) ou par
          courrier : {CNIL.address}.
        </p>
      </section>

      <section aria-labelledby="cookies" className="space-y-2">
        <h2 id="cookies" className="text-xl font-bold">Cookies</h2>
        <p>
          La plateforme ne dépose que les cookies nécessaires à son fonctionnement : la session de connexion et la
          reconnaissance de votre navigateur pour limiter les tentatives de connexion. Aucun cookie de mesure d’audience ni
          de publicité : aucun consentement n’est donc demandé.
        </p>
      </section>
    </article>
  );
}
