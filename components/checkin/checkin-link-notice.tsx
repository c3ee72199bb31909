import { Alert } from '@/components/ui/alert';
import { CHECKIN_LINK_DAYS } from '@/lib/professionals/checkin/links';

// What a check-in link that can no longer answer says (SPEC §5.2): a kind page, never an error page —
// the volunteer did nothing wrong by clicking twice or late — and the way to update their availability.

export type SpentLinkState = 'used' | 'expired' | 'unknown';

const NOTICES: Record<SpentLinkState, { title: string; text: string }> = {
  used: {
    title: 'Vous avez déjà répondu',
    text: 'Ce lien a déjà servi : une seule réponse est enregistrée par demande, et une demande plus récente remplace la précédente. Votre réponse est bien prise en compte.',
  },
  expired: {
    title: 'Ce lien a expiré',
    text: `Les liens de la demande « Êtes-vous toujours disponible ? » sont valables ${CHECKIN_LINK_DAYS} jours. Rien n’a été modifié.`,
  },
  unknown: {
    title: 'Ce lien n’est pas valide',
    text: 'Il est peut-être incomplet : copiez-le en entier depuis le message reçu. Rien n’a été modifié.',
  },
};

export function CheckinLinkNotice({ state }: { state: SpentLinkState }) {
  const notice = NOTICES[state];
  return (
    <div className="space-y-4" data-testid="checkin-link-notice" data-state={state}>
      <Alert tone="info" title={notice.title}>
        {notice.text}
      </Alert>
      <p>Vous pouvez à tout moment indiquer si vous êtes disponible, et quand, depuis votre espace.</p>
      <p>
        <a href="/connexion" className="font-bold text-brand underline">
          Me connecter pour mettre à jour ma disponibilité
        </a>
      </p>
    </div>
  );
}
