import type { RequestDetail } from '@/lib/rpps/request-detail';

type Request = Pick<RequestDetail, 'origin' | 'procedure' | 'status'>;

/**
 * Who filed the request, under its number: a professional's pre-registration, or a change the
 * professional made to their own record with their e-CPS (« Mon enregistrement RPPS », decision 042).
 */
export function originLead(request: Request): string | undefined {
  if (request.origin !== 'PROFESSIONAL') return undefined;
  return request.procedure === 'INITIAL_REGISTRATION'
    ? 'Demande saisie par le professionnel (pré-enregistrement).'
    : 'Modification faite par le professionnel lui-même, connecté avec sa e-CPS (Pro Santé Connect).';
}

/** What became of a professional's pre-registration, said in words once decided. */
export function decisionNote(request: Request): { tone: 'success' | 'info'; text: string } | null {
  if (request.origin !== 'PROFESSIONAL' || request.procedure !== 'INITIAL_REGISTRATION') return null;
  const { status } = request;
  if (status === 'SENT_TO_RPPS' || status === 'RPPS_VALIDATED') {
    return { tone: 'success', text: 'La demande a été validée et envoyée au RPPS : le professionnel reçoit son numéro RPPS par email.' };
  }
  if (status === 'REFUSED_BY_AUTHORITY')
    return { tone: 'info', text: 'La demande a été refusée : le professionnel en a été informé par email, avec le motif.' };
  if (status === 'ABANDONED_BY_PROFESSIONAL') return { tone: 'info', text: 'Le professionnel a abandonné sa demande.' };
  if (status === 'ENTERED_BY_PROFESSIONAL') {
    return {
      tone: 'info',
      text: "Le professionnel a enregistré sa demande sans l'envoyer : vous pourrez la vérifier, puis la valider ou la refuser, quand il l'aura envoyée.",
    };
  }
  return null;
}
