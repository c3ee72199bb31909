/** A rule the user broke, with a French message for the form (optionally tied to one field). */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Out of the actor's scope or missing: the caller answers as if the id did not exist. */
export class NotFoundError extends Error {
  constructor(what = 'resource') {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}
