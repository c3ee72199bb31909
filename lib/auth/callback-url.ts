// A return address (« callbackUrl ») must never send a user to another origin (open redirect, SPEC §14).
// Checking the first characters is not enough: browsers drop tabs and newlines from URLs, so `/\t/evil.example`
// becomes `//evil.example`, and they read `\` as `/`. So anything with a control character or a backslash
// is refused, and what is left is parsed as a URL against a placeholder origin: only a path that stays on
// that origin comes back, rebuilt from its parsed parts.

const PLACEHOLDER_ORIGIN = 'http://same-origin.invalid';

// Any C0 control character, DEL, or a backslash (raw or percent-encoded), anywhere in the value.
const REFUSED = /[\u0000-\u001f\u007f\\]|%(?:0[0-9a-f]|1[0-9a-f]|7f|5c)/i;

/** The same-site path to return to, or null when the value is missing or could leave the site. */
export function safeCallbackUrl(value: string | undefined | null): string | null {
  if (!value || !value.startsWith('/') || REFUSED.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that starts with two slashes would be read as another origin by the next redirect.
  return path.startsWith('//') ? null : path;
}
