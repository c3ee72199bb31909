import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { withBrowserSessionCookie } from '@/lib/auth/browser-session-cookie';

export const dynamic = 'force-dynamic';

const handler = NextAuth(authOptions);

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handle(request: Request, context: RouteContext): Promise<Response> {
  const response: Response = await handler(request, context);
  const signingIn = request.method === 'POST' && new URL(request.url).pathname.endsWith('/callback/credentials');
  return withBrowserSessionCookie(response, { signingIn });
}

export { handle as GET, handle as POST };
