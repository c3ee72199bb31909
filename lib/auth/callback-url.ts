/** Only same-site paths: a callback URL must never send a user to another origin (open redirect). */
export function safeCallbackUrl(value: string | undefined | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return value;
}
