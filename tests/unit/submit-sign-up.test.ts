/** @jest-environment jsdom */
import { submitSignUp } from '@/app/(public)/inscription/professionnel/_components/submit-sign-up';
import { SIGN_UP_MESSAGES } from '@/lib/professionals/sign-up/sign-up-transport';
import { GENERIC_ERROR } from '@/lib/actions/result';
import type { ProfessionalSignUpInput } from '@/lib/validation/professional';

// What the form's XMLHttpRequest makes of the route's answers whatever their HTTP status: the 503 of a
// server under a surge carries its own French message, which the form shows (tests/component/signup-form).

class AnsweringRequest {
  static answer: { status: number; response: unknown } = { status: 200, response: null };
  status = 0;
  response: unknown = null;
  responseType = '';
  upload: { onprogress: unknown; onload: (() => void) | null } = { onprogress: null, onload: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open() {}
  setRequestHeader() {}
  send() {
    setTimeout(() => {
      this.upload.onload?.();
      this.status = AnsweringRequest.answer.status;
      this.response = AnsweringRequest.answer.response;
      this.onload?.();
    }, 0);
  }
}

const original = globalThis.XMLHttpRequest;
beforeAll(() => {
  globalThis.XMLHttpRequest = AnsweringRequest as unknown as typeof XMLHttpRequest;
});
afterAll(() => {
  globalThis.XMLHttpRequest = original;
});

const payload = { fields: {} as ProfessionalSignUpInput, identityDocument: null, diploma: null };

describe('submitSignUp', () => {
  it('hands over the message of a 503 « réessayez dans un instant »', async () => {
    AnsweringRequest.answer = { status: 503, response: { ok: false, formError: SIGN_UP_MESSAGES.busy } };
    await expect(submitSignUp(payload, () => undefined)).resolves.toEqual({ ok: false, formError: SIGN_UP_MESSAGES.busy });
  });

  it('turns a proxy’s own 503 page (no JSON) into the generic message', async () => {
    AnsweringRequest.answer = { status: 503, response: null };
    await expect(submitSignUp(payload, () => undefined)).resolves.toEqual({ ok: false, formError: GENERIC_ERROR });
  });
});
