import { getServerSession } from 'next-auth';
import type { Actor } from '@/lib/access/actor';
import { openSession } from '../factories';
import { prisma } from '@/lib/db';

// Pages of /ars and /ccs rendered as Next renders them, with the real gate: only next-auth's cookie
// reading (getServerSession) is replaced, so requireAreaActor, loadActor (database) and the pages'
// notFound() / redirect() run for real. Each test file mocks 'next-auth' itself (jest.mock is hoisted).

export async function signInAs(actor: Actor | null): Promise<void> {
  if (!actor) {
    jest.mocked(getServerSession).mockResolvedValue(null);
    return;
  }
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { sessionVersion: true } });
  jest.mocked(getServerSession).mockResolvedValue({ user: { id: actor.id }, sessionVersion: user.sessionVersion, sessionId: await openSession(actor.id), expires: '' });
}

/** What a page's render did: its element, or the 404 / redirect Next would answer. */
export async function outcome(render: () => Promise<unknown>): Promise<'rendered' | '404' | 'redirect'> {
  try {
    await render();
    return 'rendered';
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404')) return '404';
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) return 'redirect';
    throw error;
  }
}
