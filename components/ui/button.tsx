import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'danger';

const VARIANTS: Record<Variant, string> = {
  primary: 'bg-brand text-white hover:bg-brand-dark disabled:bg-gray-300 disabled:text-gray-600',
  secondary: 'border border-brand bg-white text-brand hover:bg-brand-light disabled:border-gray-300 disabled:text-gray-500',
  danger: 'bg-danger text-white hover:bg-red-800 disabled:bg-gray-300 disabled:text-gray-600',
};

export function buttonClasses(variant: Variant = 'primary'): string {
  return `inline-flex min-h-11 items-center justify-center gap-2 rounded px-4 py-2 font-medium disabled:cursor-not-allowed ${VARIANTS[variant]}`;
}

export function Button({
  variant = 'primary',
  busy = false,
  className = '',
  children,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; busy?: boolean }) {
  return (
    <button {...props} aria-busy={busy || undefined} className={`${buttonClasses(variant)} ${className}`}>
      {busy ? <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-current border-t-transparent" /> : null}
      {children}
    </button>
  );
}
