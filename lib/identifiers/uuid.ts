const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether an id from a URL or a form can be a row's id. Checked before any query: a malformed id is
 * « not found » like an id out of scope, never a database error.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
