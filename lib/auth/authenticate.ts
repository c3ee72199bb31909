import 'server-only';
import { prisma } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { writeAudit } from '@/lib/audit';
import { timingSafeDummyVerify, verifyPassword } from '@/lib/auth/password-hash';
import { LOGIN_ATTEMPTS_PER_IP, hitAndCheck } from '@/lib/auth/rate-limit';
import { accountThrottleKey, deviceThrottleKey, recordFailure, secondsBeforeRetry, FREE_FAILURES } from '@/lib/auth/login-throttle';
import type { KnownDevice } from '@/lib/auth/known-device';
import type { FederationErrorCode } from '@/lib/federation/messages';
import { linkAfterPassword } from '@/lib/federation/password-link';
import { isPscRequiredForRppsManagers } from '@/lib/federation/psc-requirement';

// Credentials check of the sign-in form (SPEC §4, §14). One generic answer for a wrong email or a wrong
// password, the same argon2 cost for both; a specific reason (disabled, awaiting validation) only once
// the password is proven right. Every outcome is audited, never with the password.

export type SignInFailure = 'INVALID_CREDENTIALS' | 'AWAITING_VALIDATION' | 'DISABLED' | 'RATE_LIMITED' | 'PSC_REQUIRED' | FederationErrorCode;

export type AuthenticateResult =
  | { ok: true; user: { id: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: SignInFailure };

export interface AttemptContext {
  ip: string;
  /** This browser, when it signed in to an account before (lib/auth/known-device.ts). */
  device?: KnownDevice | null;
  /** The Pro Santé Connect identity to link once the password is right (SPEC §16: confirmed once). */
  federationToken?: string;
}

export async function authenticate(rawEmail: string, password: string, { ip, device, federationToken }: AttemptContext, now = new Date()): Promise<AuthenticateResult> {
  const email = rawEmail.trim().toLowerCase();
  const audit = (action: string, userId: string | null, details: Record<string, string | number> = {}) =>
    writeAudit(prisma, { actorId: userId, action, entityType: 'User', entityId: userId, details: { email, ip, ...details } });

  if (await hitAndCheck(LOGIN_ATTEMPTS_PER_IP, ip, now)) {
    await audit('auth.sign-in.rate-limited', null, { limit: 'ip' });
    return { ok: false, reason: 'RATE_LIMITED' };
  }

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, role: true, status: true, passwordHash: true, sessionVersion: true },
  });
  // The owner's usual browser has a counter of its own, out of a stranger's reach.
  const throttleKey = user && device?.userId === user.id ? deviceThrottleKey(email, device.deviceId) : accountThrottleKey(email);
  const wait = await secondsBeforeRetry(throttleKey, now);
  if (wait > 0) {
    await audit('auth.sign-in.throttled', user?.id ?? null, { retryInSeconds: wait });
    return { ok: false, reason: 'RATE_LIMITED' };
  }

  const passwordOk = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await timingSafeDummyVerify(password);
  if (!user || !passwordOk) {
    const failures = await recordFailure(throttleKey, now);
    await audit('auth.sign-in.failure', user?.id ?? null, { failures });
    if (failures === FREE_FAILURES) await audit('auth.sign-in.delayed', user?.id ?? null, { key: throttleKey.split(':')[0]! });
    return { ok: false, reason: 'INVALID_CREDENTIALS' };
  }
  if (user.status === 'AWAITING_VALIDATION' || user.status === 'DISABLED') {
    await audit('auth.sign-in.refused', user.id, { status: user.status });
    return { ok: false, reason: user.status };
  }
  if (federationToken) {
    const link = await linkAfterPassword(user.id, federationToken, now);
    if (!link.ok) {
      await audit('auth.sign-in.refused', user.id, { reason: link.code });
      return { ok: false, reason: link.code };
    }
  } else if (user.role === 'RPPS_MANAGER' && (await isPscRequiredForRppsManagers())) {
    // The CCS requires Pro Santé Connect for RPPS+ managers (SPEC §16): the right password is not enough.
    await audit('auth.sign-in.refused', user.id, { reason: 'PSC_REQUIRED' });
    return { ok: false, reason: 'PSC_REQUIRED' };
  }

  await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: now, lastActivityAt: now } });
  await audit('auth.sign-in.success', user.id);
  return { ok: true, user: { id: user.id, role: user.role, sessionVersion: user.sessionVersion } };
}
