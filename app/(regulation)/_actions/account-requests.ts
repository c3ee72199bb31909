'use server';

import { action } from '@/lib/actions/action';
import { REGULATORS } from '@/lib/access/roles';
import { refuseAccountRequest } from '@/lib/account-requests/refuse-account-request';
import { validateAccountRequest } from '@/lib/account-requests/validate-account-request';
import { accountRequestDecisionSchema, accountRequestRefusalSchema } from '@/lib/validation/account-request';

// « Demandes de compte » of `/ars` and `/ccs`. Thin on purpose: the domain functions scope by the actor
// — an ARS acting on another region's request gets « Élément introuvable. », the CCS may act on any region.

export const validateAccountRequestAction = action({ schema: accountRequestDecisionSchema, roles: REGULATORS }, (input, actor) => validateAccountRequest(actor, input));

export const refuseAccountRequestAction = action({ schema: accountRequestRefusalSchema, roles: REGULATORS }, (input, actor) => refuseAccountRequest(actor, input));
