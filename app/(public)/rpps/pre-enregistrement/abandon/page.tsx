import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { PageTitle } from '@/components/ui/page-title';
import { findRequestByAbandonToken } from '@/lib/rpps/pre-registration';
import { RPPS_MESSAGES } from '@/lib/rpps/messages';
import { RPPS_STATUS_LABELS } from '@/lib/rpps/shared/labels';
import { AbandonButton } from '../_components/abandon-button';

export const metadata: Metadata = { title: 'Abandonner ma demande RPPS', referrer: 'no-referrer' };

/**
 * The link of the confirmation email. Opening it changes nothing (mail scanners open links): the
 * professional confirms with a button, which posts the token.
 */
export default async function AbandonPage({ searchParams }: { searchParams: Promise<{ jeton?: string }> }) {
  const { jeton } = await searchParams;
  const request = jeton && jeton.length <= 200 ? await findRequestByAbandonToken(jeton) : null;
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PageTitle>Abandonner ma demande d&apos;enregistrement RPPS</PageTitle>
      {!request || !jeton ? (
        <Alert tone="error">{RPPS_MESSAGES.unknownLink}</Alert>
      ) : request.canAbandon ? (
        <AbandonButton token={jeton} number={request.number} />
      ) : (
        <Alert tone="info" title={`Demande n° ${request.number}`}>
          {RPPS_MESSAGES.cannotAbandon} Statut : {RPPS_STATUS_LABELS[request.status]}.
        </Alert>
      )}
    </div>
  );
}
