import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { writeAudit } from '@/lib/audit';
import { DomainError } from '@/lib/errors';
import type { IdentityProvider } from '@/lib/generated/prisma/enums';
import { isProviderEnabled } from '@/lib/federation/config';
import { PROVIDER_LABELS } from '@/lib/federation/messages';
import { isPscRequiredForRppsManagers } from '@/lib/federation/psc-requirement';
import { rolesFor } from '@/lib/federation/sign-in';

// « Mon compte » › « Identités liées » (SPEC §16): the actor's own links only, never another account's.
// Unlinking keeps a way to sign in: a password, or another linked identity — and an RPPS+ manager
// required to use PSC keeps it.

export interface LinkedIdentityView {
  provider: IdentityProvider;
  label: string;
  linkedAt: Date;
  lastUsedAt: Date | null;
  /** The PSC-certified RPPS number. */
  rppsNumber: string | null;
  /** Why « Délier » is not offered; null when it is. */
  keptBecause: string | null;
}

export interface LinkedIdentities {
  identities: LinkedIdentityView[];
  /** The providers this account could link (its role, configured here) and has not. */
  linkable: { provider: IdentityProvider; label: string }[];
}

export async function getLinkedIdentities(actor: Actor): Promise<LinkedIdentities> {
  const [user, rows, pscRequired] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } }),
    prisma.federatedIdentity.findMany({ where: { userId: actor.id }, orderBy: { linkedAt: 'asc' } }),
    isPscRequiredForRppsManagers(),
  ]);
  const identities = rows.map((row) => ({
    provider: row.provider,
    label: PROVIDER_LABELS[row.provider],
    linkedAt: row.linkedAt,
    lastUsedAt: row.lastUsedAt,
    rppsNumber: row.rppsNumber,
    keptBecause: keptBecause(actor, row.provider, { hasPassword: user.passwordHash !== null, otherLinks: rows.length - 1, pscRequired }),
  }));
  const linkable = (['PRO_SANTE_CONNECT', 'PROCONNECT'] as const)
    .filter((provider) => rolesFor(provider).includes(actor.role) && isProviderEnabled(provider) && !rows.some((row) => row.provider === provider))
    .map((provider) => ({ provider, label: PROVIDER_LABELS[provider] }));
  return { identities, linkable };
}

function keptBecause(actor: Actor, provider: IdentityProvider, account: { hasPassword: boolean; otherLinks: number; pscRequired: boolean }): string | null {
  if (provider === 'PRO_SANTE_CONNECT' && actor.role === 'RPPS_MANAGER' && account.pscRequired) {
    return 'Les gestionnaires RPPS+ doivent se connecter avec Pro Santé Connect : cette identité reste liée.';
  }
  if (!account.hasPassword && account.otherLinks === 0) {
    return 'C’est votre seul moyen de connexion : définissez d’abord un mot de passe (« Mot de passe oublié » sur la page de connexion).';
  }
  return null;
}

export async function unlinkIdentity(actor: Actor, input: { provider: IdentityProvider }): Promise<{ provider: IdentityProvider }> {
  const { identities } = await getLinkedIdentities(actor);
  const identity = identities.find((candidate) => candidate.provider === input.provider);
  if (!identity) throw new DomainError(`Aucune identité ${PROVIDER_LABELS[input.provider]} n’est liée à votre compte.`);
  if (identity.keptBecause) throw new DomainError(identity.keptBecause);
  await prisma.$transaction(async (tx) => {
    await tx.federatedIdentity.delete({ where: { userId_provider: { userId: actor.id, provider: input.provider } } });
    await writeAudit(tx, { actorId: actor.id, action: 'identity.unlink', entityType: 'User', entityId: actor.id, details: { provider: input.provider } });
  });
  return { provider: input.provider };
}
