import { NextResponse } from 'next/server';
import { handleSignUpRequest } from '@/lib/professionals/sign-up/handle-sign-up-request';
import { SIGN_UP_RETRY_AFTER_SECONDS } from '@/lib/professionals/sign-up/sign-up-transport';

// The sign-up form posts here with XMLHttpRequest so that it can show upload progress, which a server
// action cannot (docs/decisions/012-sign-up-upload-route.md). Public: no session is read or needed.

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function POST(request: Request): Promise<Response> {
  const { status, body } = await handleSignUpRequest(request);
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (status === 503) headers['Retry-After'] = String(SIGN_UP_RETRY_AFTER_SECONDS);
  return NextResponse.json(body, { status, headers });
}
