import type { Metadata } from 'next';
import Link from 'next/link';
import { PageTitle } from '@/components/ui/page-title';
import { SignUpForm } from './_components/sign-up-form';
import { Alert } from '@/components/ui/alert';
import { certifiedSignUp, EXPIRED_SIGN_UP_MESSAGE } from '@/lib/federation/sign-up';
import { certifiedProfessions } from '@/lib/federation/psc-professions';
import { INTENT_VALIDITY_MS } from '@/lib/federation/intents';

export const metadata: Metadata = { title: 'Inscription des professionnels volontaires' };

/** How long the step Pro Santé Connect opened lasts (docs/decisions/038). */
const SIGN_UP_HOURS = INTENT_VALIDITY_MS.SIGN_UP / (60 * 60 * 1000);

export default async function ProfessionalSignUpPage({ searchParams }: { searchParams: Promise<{ jeton?: string }> }) {
  const { jeton } = await searchParams;
  // Opened by a first Pro Santé Connect sign-in (SPEC §16): what PSC certified is pre-filled, read-only.
  const certified = typeof jeton === 'string' ? await certifiedSignUp(jeton) : null;
  return (
    <div className="mx-auto max-w-3xl">
      <PageTitle lead="Professionnels de santé, étudiants, retraités : inscrivez-vous une fois, puis tenez à jour vos disponibilités depuis votre espace. Les établissements et l'ARS de la région choisie pourront vous proposer une mission de renfort.">
        Inscription comme renfort
      </PageTitle>
      <p className="mb-6 text-sm">
        Vous avez déjà un compte ?{' '}
        <Link href="/connexion" className="text-brand underline">
          Connectez-vous
        </Link>{' '}
        (ou{' '}
        <Link href="/mot-de-passe/oubli" className="text-brand underline">
          recevez un nouveau lien d&apos;activation
        </Link>
        ). Une seule inscription par adresse email.
      </p>
      {typeof jeton === 'string' && !certified ? (
        <div className="mb-6">
          <Alert tone="error">{EXPIRED_SIGN_UP_MESSAGE}</Alert>
        </div>
      ) : null}
      {certified ? (
        <div className="mb-6">
          <Alert tone="info" title="Identifié(e) avec Pro Santé Connect">
            Vos nom, prénom, numéro RPPS{certified.professionLabel ? ' et profession' : ''} viennent de Pro Santé Connect et ne se modifient pas ici
            {certifiedProfessions(certified.professionCode).length > 1 ? ' (infirmier ou infirmière : précisez votre spécialisation s’il y a lieu)' : ''}. Complétez le reste : votre
            compte sera lié à Pro Santé Connect et affiché « RPPS vérifié ». Envoyée plus de {SIGN_UP_HOURS} heures après votre connexion, votre inscription sera enregistrée
            quand même, mais sans ce lien.
            <span className="mt-2 block">
              Vous avez déjà un compte avec une autre adresse (bénévole ou gestionnaire RPPS+) ?{' '}
              <Link href={`/connexion/lier?jeton=${encodeURIComponent(certified.federationToken)}`} className="font-bold text-brand underline">
                Liez-le à Pro Santé Connect
              </Link>
            </span>
          </Alert>
        </div>
      ) : null}
      <SignUpForm certified={certified ?? undefined} />
    </div>
  );
}
