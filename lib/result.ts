/**
 * The one failure shape (issue 16): every "it did not work" that travels as data — a message's
 * answer, an import file refused, a page with no article, a save from the menu — is
 * `{ ok: false, error: { code, message } }`: `code` for the program (stable, kebab-case), `message`
 * for the person (a sentence they can act on). Success is `{ ok: true, value }`.
 */

/** Why something failed. */
export interface Failure {
  /** Stable and machine-readable (`not-found`, `no-article`, `invalid-import`…). */
  code: string;
  /** For the person reading it; says what to do where it can. */
  message: string;
}

/** Success with a value, or a failure. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

/** A success. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** A failure with a code and a message. */
export function fail(code: string, message: string): { ok: false; error: Failure } {
  return { ok: false, error: { code, message } };
}
