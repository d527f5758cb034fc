/**
 * The sending side of the protocol. Requests are checked before they leave, answers are parsed
 * with the response schema, and nothing throws: a missing receiver, an invalidated extension
 * context (after an update) or a malformed answer all come back as `{ ok: false }` (delivery and
 * failures: `client-core.ts`).
 */
import type { z } from '../zod';
import { describeIssue } from '../store/describe-issue';
import type { Result } from '../result';
import { createClientCore, type ClientChecks, type MessageClient, type MessageTransport } from './client-core';
import { MESSAGES } from './protocol';
import { resultSchema } from './result';

export { DEFAULT_TIMEOUT_MS, type MessageClient, type MessageTransport } from './client-core';

/** The protocol's schemas as a client's checks. */
const ZOD_CHECKS: ClientChecks = {
  request(type, payload) {
    const r = (MESSAGES[type].request as z.ZodType).safeParse(payload);
    return r.success ? { ok: true, data: r.data } : { ok: false, message: describeIssue(r.error) };
  },
  answer(type, raw) {
    const r = resultSchema(MESSAGES[type].response as z.ZodType).safeParse(raw);
    return r.success ? { ok: true, result: r.data as Result<unknown> } : { ok: false, message: describeIssue(r.error) };
  },
};

/** Creates a client over `transport`. */
export function createMessageClient(transport: MessageTransport, options: { timeoutMs?: number } = {}): MessageClient {
  return createClientCore(transport, ZOD_CHECKS, options);
}
