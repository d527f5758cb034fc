/**
 * Errors as data across contexts: a message's answer is always a `Result` (lib/result.ts:
 * `{ ok: true, value }` or `{ ok: false, error: { code, message } }`), never an exception that
 * would be lost in another context's console.
 */
import { z } from '../zod';

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

/** The wire schema of a `Result` carrying `value`. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: z.object({ code: z.string().max(64), message: z.string().max(4000) }) }),
  ]);
}

/** Thrown by a handler to answer with a specific code and user-facing message. */
export class MessageError extends Error {
  override readonly name = 'MessageError';
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}
