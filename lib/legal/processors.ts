import { env } from '@/lib/env';

// SPEC §15: the privacy notice names the processors and the hosting of *this* deployment. An operator
// names them exactly with HOSTING_PROVIDER and MAIL_PROVIDER; without them the notice says what the
// configuration itself shows (Vercel or not, Resend key or not), so it is never false by default
// (docs/decisions/028-support-help-legal.md).

export const VERCEL_HOSTING =
  'Vercel Inc. (États-Unis) héberge l’application et les pièces déposées (Vercel Blob) ; la base de données PostgreSQL est hébergée par le fournisseur choisi par l’exploitant de la plateforme.';
export const SELF_HOSTING =
  'L’application, sa base de données PostgreSQL et les pièces déposées sont hébergées sur les serveurs de l’exploitant de la plateforme.';
export const RESEND_MAIL = 'Resend (États-Unis) achemine les emails envoyés par la plateforme.';
export const NO_MAIL_PROVIDER = 'Aucun prestataire : les emails restent sur le serveur de la plateforme et ne sont pas transmis à un tiers.';

export interface Processors {
  hosting: string;
  mail: string;
}

/** The hosting and email processors of this deployment, as the privacy notice states them. */
export function processors(): Processors {
  const { HOSTING_PROVIDER, MAIL_PROVIDER, VERCEL, RESEND_API_KEY, MAIL_TRANSPORT } = env();
  const sendsThroughResend = Boolean(RESEND_API_KEY) && MAIL_TRANSPORT !== 'outbox';
  return {
    hosting: HOSTING_PROVIDER ?? (VERCEL ? VERCEL_HOSTING : SELF_HOSTING),
    mail: MAIL_PROVIDER ?? (sendsThroughResend ? RESEND_MAIL : NO_MAIL_PROVIDER),
  };
}
