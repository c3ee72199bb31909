import type { ActionResult } from '@/lib/actions/result';
import { GENERIC_ERROR } from '@/lib/actions/result';
import { SIGN_UP_ENDPOINT, SIGN_UP_MESSAGES, SIGN_UP_PARTS, type SignUpAccepted } from '@/lib/professionals/sign-up/sign-up-transport';
import type { ProfessionalSignUpInput } from '@/lib/validation/professional';

export interface SignUpPayload {
  /** The values as typed (the schema's input): the server parses them again with the same schema. */
  fields: ProfessionalSignUpInput;
  identityDocument: File | null;
  diploma: File | null;
}

/**
 * Sends the sign-up as multipart/form-data with XMLHttpRequest: unlike fetch and server actions, it
 * reports upload progress (`onProgress`, 0 to 1). Always resolves with an ActionResult, so the form has
 * one shape to handle; a network failure becomes a form error and nothing typed is lost.
 */
export function submitSignUp(payload: SignUpPayload, onProgress: (fraction: number) => void): Promise<ActionResult<SignUpAccepted>> {
  const body = new FormData();
  body.append(SIGN_UP_PARTS.fields, JSON.stringify(payload.fields));
  if (payload.identityDocument) body.append(SIGN_UP_PARTS.identityDocument, payload.identityDocument);
  if (payload.diploma) body.append(SIGN_UP_PARTS.diploma, payload.diploma);

  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', SIGN_UP_ENDPOINT);
    request.responseType = 'json';
    request.setRequestHeader('Accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    // Every byte is sent: the bar shows 100 % while the server saves, even if the browser skipped the
    // last progress event (small bodies).
    request.upload.onload = () => onProgress(1);
    request.onload = () => resolve(asResult(request.response));
    request.onerror = () => resolve({ ok: false, formError: SIGN_UP_MESSAGES.network });
    request.ontimeout = request.onerror;
    request.onabort = request.onerror;
    request.send(body);
  });
}

function asResult(response: unknown): ActionResult<SignUpAccepted> {
  if (response && typeof response === 'object' && 'ok' in response && typeof response.ok === 'boolean') {
    return response as ActionResult<SignUpAccepted>;
  }
  // A proxy's HTML error page, an empty body…: not something to show as is.
  return { ok: false, formError: GENERIC_ERROR };
}
