/**
 * Storage failures as data the UI can show. IndexedDB and Dexie report the same problem under
 * several names (a quota error may arrive bare, as Dexie's `QuotaExceededError`, or as an
 * `AbortError` whose `inner` is the quota error), so `toStoreError` looks through the chain.
 */

/** Why a store operation failed. */
export type StoreErrorCode =
  | 'quota' // the browser's storage for the extension is full
  | 'blocked' // an upgrade is blocked by another open tab, or the database was closed under us
  | 'unavailable' // IndexedDB cannot be used here (private modes, disabled storage)
  | 'invalid-row' // a row failed its schema on write (a bug or a bad import)
  | 'invalid-input' // the caller passed something the operation cannot take
  | 'too-large' // an article longer than the store accepts
  | 'seed-readonly' // seed sources come with the extension and cannot be deleted
  | 'not-found'
  | 'unknown';

/** A store failure with a code and a message written for the user. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  /** Machine-readable reason (also sent over messages as `code`). */
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

const MESSAGES: Record<Exclude<StoreErrorCode, 'invalid-row' | 'invalid-input' | 'too-large' | 'seed-readonly' | 'not-found'>, string> = {
  quota: 'The browser has no more storage space for Lodestone. Free some space (delete saved articles or other site data) and try again; nothing was changed.',
  blocked: 'Lodestone’s storage is busy: another Lodestone tab is upgrading it. Close other Lodestone tabs and try again.',
  unavailable: 'This browser window cannot store data (private browsing or storage disabled), so saving is turned off here. Highlighting still works.',
  unknown: 'Lodestone could not update its storage; nothing was changed.',
};

/** Every error reachable from `err` through Dexie's `inner`, standard `cause` and bulk `failures`. */
function* errorChain(err: unknown, depth = 0): Generator<unknown> {
  if (err === null || typeof err !== 'object' || depth > 8) return;
  yield err;
  const e = err as { inner?: unknown; cause?: unknown; failures?: unknown };
  yield* errorChain(e.inner, depth + 1);
  yield* errorChain(e.cause, depth + 1);
  const failures = Array.isArray(e.failures) ? e.failures : e.failures && typeof e.failures === 'object' ? Object.values(e.failures) : [];
  for (const f of failures) yield* errorChain(f, depth + 1);
}

const nameOf = (e: unknown): string => (e && typeof e === 'object' && typeof (e as { name?: unknown }).name === 'string' ? (e as { name: string }).name : '');

/** Turns any thrown value from a store operation into a `StoreError` with a readable message. */
export function toStoreError(err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  const chain = [...errorChain(err)];
  for (const e of chain) if (e instanceof StoreError) return e;
  const names = chain.map(nameOf);
  const has = (...wanted: string[]) => names.some((n) => wanted.includes(n));
  // A store that could not be opened because storage is off wins over "closed": after a failed
  // open, Dexie answers every later call with a DatabaseClosedError whose `inner` is the cause.
  const storageOff = has('MissingAPIError', 'SecurityError') || (has('OpenFailedError', 'DatabaseClosedError') && has('InvalidStateError', 'UnknownError'));
  const code: keyof typeof MESSAGES = has('QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED')
    ? 'quota'
    : storageOff
      ? 'unavailable'
      : has('BlockedError', 'VersionChangeError', 'DatabaseClosedError')
        ? 'blocked'
        : has('OpenFailedError')
          ? 'unavailable'
          : 'unknown';
  return new StoreError(code, MESSAGES[code], { cause: err });
}
