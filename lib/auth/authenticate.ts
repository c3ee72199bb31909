import 'server-only';
import { prisma } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { timingSafeDummyVerify, verifyPassword } from '@/lib/auth/password-hash';
import {
  LOGIN_ATTEMPTS_PER_IP,
  LOGIN_FAILURES_PER_ACCOUNT,
  hit,
  hitAndCheck,
  isLimited,
} from '@/lib/auth/rate-limit';

// Credentials check of the sign-in form (SPEC §4, §14). One generic answer for a wrong email or a wrong
// password, the same argon2 cost for both; a specific reason only once the password is proven right.

export type SignInFailure =
  | 'INVALID_CREDENTIALS'
  | 'AWAITING_VALIDATION'
  | 'DISABLED'
  | 'RATE_LIMITED';


export type AuthenticateResult =
  | { ok: true; user: { id: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: SignInFailure };

export async function authenticate(
  rawEmail: string,
  password: string,
  ip: string,
  now = new Date(),
): Promise<AuthenticateResult> {
  const email = rawEmail.trim().toLowerCase();
  if (await hitAndCheck(LOGIN_ATTEMPTS_PER_IP, ip, now)) return { ok: false, reason: 'RATE_LIMITED' };
  if (await isLimited(LOGIN_FAILURES_PER_ACCOUNT, email, now)) return { ok: false, reason: 'RATE_LIMITED' };

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, role: true, status: true, passwordHash: true, sessionVersion: true },
  });

  if (user?.status === 'AWAITING_VALIDATION') {
    // An establishment account request is not personal data the way a volunteer's is: say why.
    await timingSafeDummyVerify(password);
    return { ok: false, reason: 'AWAITING_VALIDATION' };
  }

  const passwordOk = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await timingSafeDummyVerify(password);

  if (!user || !passwordOk) {
    await hit(LOGIN_FAILURES_PER_ACCOUNT, email, now);
    return { ok: false, reason: 'INVALID_CREDENTIALS' };
  }
  if (user.status === 'DISABLED') return { ok: false, reason: 'DISABLED' };

  await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: now, lastActivityAt: now } });
  return { ok: true, user: { id: user.id, role: user.role, sessionVersion: user.sessionVersion } };
}
