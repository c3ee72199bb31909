// The faults the local OpenID Connect provider can play, and the client side of its control endpoint.
// No import on purpose: jest and Playwright tests use this file without loading oidc-provider.

export const FAULT_KINDS = ['none', 'down', 'slow', 'bad-signature', 'wrong-audience', 'wrong-nonce', 'expired'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Faults that alter the next token response's ID token only, then reset themselves to `none`. */
export const ONE_SHOT_FAULTS: readonly FaultKind[] = ['bad-signature', 'wrong-audience', 'wrong-nonce', 'expired'];

export function isFaultKind(value: unknown): value is FaultKind {
  return typeof value === 'string' && (FAULT_KINDS as readonly string[]).includes(value);
}

/** Sets the fault of a running provider started with `faults: true` (its `controlUrl`). */
export async function setLocalOidcFault(controlUrl: string, kind: FaultKind): Promise<void> {
  const response = await fetch(controlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kind }),
  });
  if (!response.ok) throw new Error(`local OIDC fault ${kind}: HTTP ${response.status}`);
}

/** The fault in force (a one-shot one reads `none` once it has been played). */
export async function getLocalOidcFault(controlUrl: string): Promise<FaultKind> {
  const response = await fetch(controlUrl);
  if (!response.ok) throw new Error(`local OIDC fault: HTTP ${response.status}`);
  const { kind } = (await response.json()) as { kind: unknown };
  if (!isFaultKind(kind)) throw new Error(`local OIDC fault: unknown kind ${String(kind)}`);
  return kind;
}
