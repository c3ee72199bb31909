/** @jest-environment node */
import { getServerSession } from 'next-auth';
import type { Role } from '@/lib/generated/prisma/enums';
import ProfessionalPage from '@/app/(professional)/professionnel/compte/page';
import EstablishmentPage from '@/app/(establishment)/etablissement/compte/page';
import RppsPage from '@/app/(rpps)/rpps/compte/page';
import ArsPage from '@/app/(ars)/ars/compte/page';
import CcsPage from '@/app/(ccs)/ccs/compte/page';
import { createProfessional, createUser, openSession } from '../factories';
import { pageRefusal } from './page-refusal';

// The « Mon compte » pages check their reader by themselves (docs/ARCHITECTURE.md: middleware.ts is never
// the gate): only the session cookie is replaced, the actor is loaded from the database as on a request.
jest.mock('next-auth', () => ({ getServerSession: jest.fn() }));
const mockedSession = jest.mocked(getServerSession);

const PAGES: [Role, () => Promise<unknown>][] = [
  ['PROFESSIONAL', () => ProfessionalPage()],
  ['ESTABLISHMENT', () => EstablishmentPage()],
  ['RPPS_MANAGER', () => RppsPage()],
  ['ARS', () => (ArsPage as () => Promise<unknown>)()],
  ['CCS', () => (CcsPage as () => Promise<unknown>)()],
];
const ROLES = PAGES.map(([role]) => role);

async function signedInAs(role: Role | null): Promise<void> {
  if (!role) {
    mockedSession.mockResolvedValue(null);
    return;
  }
  const user = role === 'PROFESSIONAL' ? (await createProfessional()).user : await createUser(role);
  mockedSession.mockResolvedValue({ user: { id: user.id, role }, sessionVersion: 0, sessionId: await openSession(user.id), expires: '' });
}


describe.each(PAGES)('« Mon compte » of %s', (role, render) => {
  it('renders for its role', async () => {
    await signedInAs(role);
    expect(await pageRefusal(render)).toBe('rendered');
  });

  it('sends a visitor without a session to the sign-in page', async () => {
    await signedInAs(null);
    expect(await pageRefusal(render)).toMatch(/^NEXT_REDIRECT;.*\/connexion/);
  });

  it.each(ROLES.filter((other) => other !== role))('is not found for %s', async (other) => {
    await signedInAs(other);
    expect(await pageRefusal(render)).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
  });
});
