import Link from 'next/link';

export const STEP_TITLES = ['État civil', 'Données de contact', "Situation d'exercice", 'Informations légales'] as const;

/** « 1. État civil — 2. Données de contact — … »: the steps reached so far can be reopened. */
export function Stepper({ requestId, current, reached }: { requestId: string | null; current: number; reached: number }) {
  return (
    <nav aria-label="Étapes de la demande" className="mb-6">
      <ol className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-6">
        {STEP_TITLES.map((title, index) => {
          const step = index + 1;
          const text = `${step}. ${title}`;
          const isCurrent = step === current;
          return (
            <li key={title} className={isCurrent ? 'font-bold text-brand' : 'text-muted'}>
              {requestId && !isCurrent && step <= reached ? (
                <Link href={`/rpps/enregistrement/${requestId}/etape/${step}`} className="text-brand underline">
                  {text}
                </Link>
              ) : (
                <span aria-current={isCurrent ? 'step' : undefined}>{text}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
