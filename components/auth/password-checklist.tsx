'use client';

import { checkPasswordRules, passwordStrength, STRENGTH_LABELS } from '@/lib/validation/password';

const METER_COLOURS = ['bg-danger', 'bg-danger', 'bg-warning', 'bg-success', 'bg-success'];

/** The rules of SPEC §4, ticked live as the user types, and a strength meter. */
export function PasswordChecklist({ password }: { password: string }) {
  const rules = checkPasswordRules(password);
  const strength = passwordStrength(password);
  return (
    <div className="space-y-2">
      <div className="flex items-center gap-2">
        <meter
          className="sr-only"
          min={0}
          max={4}
          value={strength}
          aria-label="Robustesse du mot de passe"
        />
        <div className="flex h-2 flex-1 gap-1" aria-hidden>
          {[0, 1, 2, 3].map((step) => (
            <span key={step} className={`h-2 flex-1 rounded ${password && strength > step ? METER_COLOURS[strength] : 'bg-gray-300'}`} />
          ))}
        </div>
        <span className="text-sm" aria-live="polite">
          Robustesse : {password ? STRENGTH_LABELS[strength] : '—'}
        </span>
      </div>
      <ul className="space-y-0.5 text-sm">
        {rules.map((rule) => (
          <li key={rule.id} className={rule.ok ? 'text-success' : 'text-muted'}>
            <span aria-hidden>{rule.ok ? '✓' : '○'}</span> {rule.label}
            <span className="sr-only">{rule.ok ? ' : respecté' : ' : non respecté'}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
