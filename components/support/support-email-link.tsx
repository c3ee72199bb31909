/** The support address as a mailto link (SPEC §15); the caller reads it from lib/env on the server. */
export function SupportEmailLink({ email, className = 'text-brand underline' }: { email: string; className?: string }) {
  return (
    <a href={`mailto:${email}`} className={className}>
      {email}
    </a>
  );
}
