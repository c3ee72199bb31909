import 'server-only';
import type { TransactionClient, PrismaClient } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { verifyPassword } from '@/lib/auth/password-hash';
import { hit, isLimited, type RateLimitRule } from '@/lib/auth/rate-limit';

// The current password guards the changes that hand the account to someone else (new password, new
// email): a browser left open must not be enough. Wrong guesses are counted per account, so a stolen
// session cannot try passwords at the speed of argon2.
export const CURRENT_PASSWORD_FAILURES: RateLimitRule = { name: 'my-account-password:account', limit: 10, windowSeconds: 3600 };

export const WRONG_CURRENT_PASSWORD = 'Mot de passe actuel incorrect.';

export async function assertCurrentPassword(db: TransactionClient | PrismaClient, userId: string, password: string, now = new Date()): Promise<void> {
  if (await isLimited(CURRENT_PASSWORD_FAILURES, userId, now)) {
    throw new DomainError('Trop de tentatives avec un mot de passe incorrect : réessayez dans une heure.', 'currentPassword');
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (user.passwordHash && (await verifyPassword(user.passwordHash, password))) return;
  await hit(CURRENT_PASSWORD_FAILURES, userId, now);
  throw new DomainError(WRONG_CURRENT_PASSWORD, 'currentPassword');
}
