import { TOKEN_VALIDITY_MS } from '@/lib/auth/one-time-tokens';
import { GRACE_DAYS, RATE_LIMIT_COUNTER_KEEP_HOURS, RETENTION_YEARS, SPENT_LINK_KEEP_DAYS } from '@/lib/retention/policy';

// SPEC §15 asks the privacy notice to state the retention of SPEC §14: every figure comes from the
// constants the jobs use (lib/retention/policy.ts, lib/auth/one-time-tokens.ts), so the notice cannot
// drift from what the code does.

export interface RetentionPeriod {
  data: string;
  period: string;
}

const LINK_HOURS = TOKEN_VALIDITY_MS / 3_600_000;

export function retentionPeriods(): RetentionPeriod[] {
  return [
    {
      data: 'Compte, fiche, disponibilités, candidatures, pièce d’identité et diplôme d’un professionnel',
      period:
        `${RETENTION_YEARS} ans après la dernière activité (connexion, modification, candidature, fin d’une affectation). ` +
        `Un email prévient alors que les données seront anonymisées ${GRACE_DAYS} jours plus tard ; revenir sur la plateforme annule l’anonymisation. ` +
        `Un compte désactivé est anonymisé ${RETENTION_YEARS} ans et ${GRACE_DAYS} jours après sa dernière activité, sans email. ` +
        'Vous pouvez aussi supprimer votre compte à tout moment, sauf pendant une affectation en cours.',
    },
    {
      data: 'Ce qui reste après l’anonymisation',
      period:
        'La profession, le département, la région, les expériences et les candidatures, sans nom, coordonnées, identifiant ni pièce : ' +
        'ils ne permettent plus de vous identifier et servent aux statistiques de la crise.',
    },
    {
      data: 'Liens d’activation, de réinitialisation du mot de passe et de changement d’email',
      period: `Valables ${LINK_HOURS} heures et une seule fois ; effacés ${SPENT_LINK_KEEP_DAYS} jours après leur expiration.`,
    },
    {
      data: 'Compteurs de tentatives de connexion (adresse email ou adresse IP)',
      period: `Effacés ${RATE_LIMIT_COUNTER_KEEP_HOURS} heures après leur ouverture.`,
    },
    {
      data: 'Comptes des établissements, des agents des ARS et du CCS et des gestionnaires RPPS+',
      period:
        'Tant que la personne exerce la fonction pour laquelle le compte a été ouvert ; l’ARS ou le CCS désactive le compte qui n’a plus lieu d’être.',
    },
    {
      data: 'Journal des actions (traçabilité des validations, affectations, téléchargements de pièces, désactivations)',
      period:
        'Pendant la durée de service de la plateforme. À la suppression d’un compte de professionnel, les lignes du journal ne sont plus reliées à ce compte.',
    },
  ];
}
