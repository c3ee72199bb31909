import { NextResponse } from 'next/server';
import { handleSignUpRequest } from '@/lib/professionals/sign-up/handle-sign-up-request';

// The sign-up form posts here with XMLHttpRequest so that it can show upload progress, which a server
// action cannot (docs/decisions/012-sign-up-upload-route.md). Public: no session is read or needed.

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function POST(request: Request): Promise<Response> {
  const { status, body } = await handleSignUpRequest(request);
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}
