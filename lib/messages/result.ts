/**
 * Errors as data across contexts: a message's answer is always a `Result` (lib/result.ts:
 * `{ ok: true, value }` or `{ ok: false, error: { code, message } }`), never an exception that
 * would be lost in another context's console.
 */
import { z } from '../zod';

export { ERROR_CODES, MessageError } from './codes';

/** The wire schema of a `Result` carrying `value`. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: z.object({ code: z.string().max(64), message: z.string().max(4000) }) }),
  ]);
}
