/**
 * The sending side of the protocol. Requests are checked before they leave, answers are parsed
 * with the response schema, and nothing throws: a missing receiver, an invalidated extension
 * context (after an update) or a malformed answer all come back as `{ ok: false }`.
 */
import type { z } from '../zod';
import { describeIssue } from '../store/describe-issue';
import { MESSAGES, type MessageRequest, type MessageResponse, type MessageType } from './protocol';
import { fail, type Failure, type Result } from '../result';
import { ERROR_CODES, resultSchema } from './result';

/** How messages leave this context (`browser.runtime.sendMessage` / `browser.tabs.sendMessage`). */
export interface MessageTransport {
  sendMessage(message: unknown): Promise<unknown>;
  sendToTab(tabId: number, message: unknown): Promise<unknown>;
}

/** A typed client bound to a transport. */
export interface MessageClient {
  send<K extends MessageType>(type: K, payload: MessageRequest<K>): Promise<Result<MessageResponse<K>>>;
  sendToTab<K extends MessageType>(tabId: number, type: K, payload: MessageRequest<K>): Promise<Result<MessageResponse<K>>>;
}

/** Default time to wait for an answer; saving a long article runs the whole pipeline. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** The rejection of the timeout race (compared by identity). */
const TIMED_OUT = new Error('timed out');

function transportFailure(err: unknown): { ok: false; error: Failure } {
  const text = err instanceof Error ? err.message : String(err);
  if (/context invalidated/i.test(text)) return fail(ERROR_CODES.contextInvalidated, 'Lodestone was updated or reloaded; reload this page to use it again.');
  return fail(ERROR_CODES.noReceiver, 'Lodestone could not reach the part of the extension that answers this.');
}

/** Creates a client over `transport`. */
export function createMessageClient(transport: MessageTransport, options: { timeoutMs?: number } = {}): MessageClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function call<K extends MessageType>(type: K, payload: MessageRequest<K>, deliver: (envelope: unknown) => Promise<unknown>): Promise<Result<MessageResponse<K>>> {
    const spec = MESSAGES[type];
    const request = (spec.request as z.ZodType).safeParse(payload);
    if (!request.success) return fail(ERROR_CODES.invalidRequest, `Invalid ${type} request: ${describeIssue(request.error)}`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(TIMED_OUT), timeoutMs);
      });
      // Deliver inside `then` so a synchronous throw (invalidated context) becomes a rejection.
      const raw = await Promise.race([Promise.resolve().then(() => deliver({ type, payload: request.data })), timeout]);
      if (raw === undefined) return fail(ERROR_CODES.noReceiver, 'Nothing in Lodestone answered this request.');
      const parsed = resultSchema(spec.response as z.ZodType).safeParse(raw);
      if (!parsed.success) return fail(ERROR_CODES.badResponse, `Unexpected ${type} answer: ${describeIssue(parsed.error)}`);
      return parsed.data as Result<MessageResponse<K>>;
    } catch (err) {
      if (err === TIMED_OUT) return fail(ERROR_CODES.timeout, 'Lodestone took too long to answer.');
      return transportFailure(err);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    send: (type, payload) => call(type, payload, (m) => transport.sendMessage(m)),
    sendToTab: (tabId, type, payload) => call(type, payload, (m) => transport.sendToTab(tabId, m)),
  };
}
