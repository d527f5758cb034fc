/**
 * The protocol's failure codes and the error a handler throws to pick one, in a module free of
 * Zod: the content script's start path imports it (`content-channel.ts`). `result.ts` re-exports
 * both beside the wire schema.
 */

/** Common failure codes (handlers may add their own, e.g. the store's `quota`). */
export const ERROR_CODES = {
  forbidden: 'forbidden',
  unknownType: 'unknown-type',
  invalidRequest: 'invalid-request',
  badResponse: 'bad-response',
  noReceiver: 'no-receiver',
  contextInvalidated: 'context-invalidated',
  timeout: 'timeout',
  internal: 'internal',
  noArticle: 'no-article',
  notFound: 'not-found',
} as const;

/** Thrown by a handler to answer with a specific code and user-facing message. */
export class MessageError extends Error {
  override readonly name = 'MessageError';
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}
