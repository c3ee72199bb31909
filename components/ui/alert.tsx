import type { ReactNode } from 'react';

type Tone = 'info' | 'success' | 'error' | 'warning';

const TONES: Record<Tone, string> = {
  info: 'border-brand bg-brand-light',
  success: 'border-success bg-green-50',
  error: 'border-danger bg-red-50',
  warning: 'border-warning bg-orange-50',
};

/** Errors are announced at once (role="alert"); other messages politely (role="status"). */
export function Alert({ tone = 'info', title, children }: { tone?: Tone; title?: string; children?: ReactNode }) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`rounded border-l-4 p-4 ${TONES[tone]}`}>
      {title ? <p className="font-bold">{title}</p> : null}
      {children ? <div className="mt-1 text-sm">{children}</div> : null}
    </div>
  );
}
