import 'server-only';
import { env } from '@/lib/env';
import { AdmissionGate } from '@/lib/security/admission-gate';

// How many sign-ups one app server writes at once (docs/decisions/036-sign-up-surge-and-scale-out.md).
// Each holds one database connection for its transaction; the pool (DB_POOL_SIZE) also serves the
// rate-limit counter, the email lookup and every other page, so the sign-ups get most of it, not all.
// The others wait in line while the « same timing » floor runs anyway (lib/auth/uniform-duration.ts), and
// beyond the line or the wait the volunteer is told to try again in a moment, with nothing written.

let gate: AdmissionGate | undefined;

export function signUpGate(): AdmissionGate {
  gate ??= new AdmissionGate({
    maxActive: Math.max(1, env().DB_POOL_SIZE - 2),
    maxQueued: 200,
    maxWaitMs: 5_000,
  });
  return gate;
}
