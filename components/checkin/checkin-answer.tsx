'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { GENERIC_ERROR, type ActionResult } from '@/lib/actions/result';
import type { CheckinAnswer } from '@/lib/professionals/checkin/links';
import type { CheckinOutcome } from '@/lib/professionals/checkin/answer';
import { CheckinLinkNotice } from './checkin-link-notice';

type Answer = (input: { token: string; answer: CheckinAnswer }) => Promise<ActionResult<CheckinOutcome>>;

const CHOICES: Record<CheckinAnswer, { question: string; button: string; other: string }> = {
  oui: {
    question: 'Vous confirmez être toujours disponible pour des missions de renfort : les établissements verront la date de cette confirmation.',
    button: 'Oui, toujours disponible',
    other: 'Je ne suis plus disponible',
  },
  non: {
    question:
      'Vous ne serez plus proposé(e) aux établissements : votre profil passe « Indisponible » jusqu’à ce que vous vous déclariez à nouveau disponible depuis votre espace.',
    button: 'Je ne suis plus disponible',
    other: 'Oui, toujours disponible',
  },
};

/**
 * The answer is recorded on this click, not on opening the link: mail scanners and link previews open
 * links by themselves (docs/decisions/031). `otherHref` is the same link with the other answer.
 */
export function CheckinAnswerPanel({ token, answer, otherHref, submit }: { token: string; answer: CheckinAnswer; otherHref: string; submit: Answer }) {
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult<CheckinOutcome> | null>(null);

  async function send() {
    setPending(true);
    setResult(await submit({ token, answer }).catch((): ActionResult<CheckinOutcome> => ({ ok: false, formError: GENERIC_ERROR })));
    setPending(false);
  }

  if (result?.ok) {
    const outcome = result.data;
    if (!outcome.recorded) return <CheckinLinkNotice state={outcome.state} />;
    return (
      <div className="space-y-4" data-testid="checkin-recorded" data-answer={outcome.answer}>
        {outcome.answer === 'oui' ? (
          <Alert tone="success" title="Merci, votre disponibilité est confirmée">
            {outcome.available
              ? 'Les établissements et l’ARS voient la date de cette confirmation. Pensez à tenir vos périodes de disponibilité à jour.'
              : 'Votre profil reste « Indisponible » : connectez-vous pour vous déclarer disponible.'}
          </Alert>
        ) : (
          <Alert tone="success" title="C’est noté : vous êtes désormais « Indisponible »">
            Vous n’apparaissez plus dans les recherches des établissements. Vous pourrez vous déclarer à nouveau disponible à
            tout moment depuis votre espace.
          </Alert>
        )}
        <p>
          <a href="/connexion" className="text-brand underline">
            Me connecter à mon espace
          </a>
        </p>
      </div>
    );
  }

  const choice = CHOICES[answer];
  return (
    <div className="space-y-4">
      <p>{choice.question}</p>
      {result && !result.ok ? <Alert tone="error">{result.formError ?? GENERIC_ERROR}</Alert> : null}
      <Button type="button" variant={answer === 'oui' ? 'primary' : 'danger'} busy={pending} disabled={pending} onClick={() => void send()} className="w-full sm:w-auto">
        {choice.button}
      </Button>
      <p className="text-sm">
        Ce n’est pas votre réponse ?{' '}
        <a href={otherHref} className="text-brand underline">
          {choice.other}
        </a>
      </p>
    </div>
  );
}
