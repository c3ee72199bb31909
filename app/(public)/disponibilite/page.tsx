import type { Metadata } from 'next';
import { PageTitle } from '@/components/ui/page-title';
import { CheckinAnswerPanel } from '@/components/checkin/checkin-answer';
import { CheckinLinkNotice } from '@/components/checkin/checkin-link-notice';
import { describeCheckinLink } from '@/lib/professionals/checkin/answer';
import { checkinPath, type CheckinAnswer } from '@/lib/professionals/checkin/links';
import { answerCheckinAction } from './actions';

export const metadata: Metadata = { title: 'Êtes-vous toujours disponible ?' };
export const dynamic = 'force-dynamic';

type Params = { jeton?: string | string[]; reponse?: string | string[] };

/**
 * The two links of the check-in email (SPEC §5.2), no sign-in needed. Opening the page changes nothing:
 * its button does (docs/decisions/031).
 */
export default async function CheckinPage({ searchParams }: { searchParams: Promise<Params> }) {
  const { jeton, reponse } = await searchParams;
  const token = typeof jeton === 'string' ? jeton : '';
  const state = token ? await describeCheckinLink(token) : 'unknown';
  return (
    <div className="mx-auto max-w-md space-y-4">
      <PageTitle>Êtes-vous toujours disponible ?</PageTitle>
      {state !== 'valid' ? (
        <CheckinLinkNotice state={state} />
      ) : reponse === 'oui' || reponse === 'non' ? (
        <CheckinAnswerPanel token={token} answer={reponse} otherHref={checkinPath(token, other(reponse))} submit={answerCheckinAction} />
      ) : (
        // A link cut before its answer: both choices, each a page with its own button.
        <ul className="space-y-2">
          <li>
            <a href={checkinPath(token, 'oui')} className="text-brand underline">
              Oui, toujours disponible
            </a>
          </li>
          <li>
            <a href={checkinPath(token, 'non')} className="text-brand underline">
              Je ne suis plus disponible
            </a>
          </li>
        </ul>
      )}
    </div>
  );
}

function other(answer: CheckinAnswer): CheckinAnswer {
  return answer === 'oui' ? 'non' : 'oui';
}
