/**
 * How to write the town of a CEDEX address (decision 010), said by the account request form as a hint and
 * by the server when the town names no commune. Its own module: postal-codes.ts is server-only (its index
 * must not reach a client bundle), the form's hint is not.
 */
export const CEDEX_TOWN_ADVICE = 'le nom de la commune, sans « Cedex » (par exemple « Toulouse » pour « Toulouse Cedex 9 »)';
