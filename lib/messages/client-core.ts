/**
 * The sending side of the protocol without its schemas: delivery, the time limit and the failure
 * shapes (nothing throws: a missing receiver, an invalidated extension context after an update, a
 * malformed answer all come back as `{ ok: false }`). `client.ts` checks requests and answers
 * against the protocol's Zod schemas; the content script checks the answer's envelope only
 * (`content-channel.ts`: the background's router has already checked the value against its
 * schema before sending it, and checks every request on arrival).
 */
import { fail, type Failure, type Result } from '../result';
import { ERROR_CODES } from './codes';
import type { MessageRequest, MessageResponse, MessageType } from './protocol';

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

/** How a client checks what it sends and what comes back. */
export interface ClientChecks {
  /** The request before it leaves (reshaped as sent), or what is wrong with it. */
  request(type: MessageType, payload: unknown): { ok: true; data: unknown } | { ok: false; message: string };
  /** The raw answer as a `Result`, or what is wrong with it. */
  answer(type: MessageType, raw: unknown): { ok: true; result: Result<unknown> } | { ok: false; message: string };
}

/** Default time to wait for an answer; saving a long article runs the whole pipeline. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * The rejection of the timeout race. Made only when a timeout fires, never at module evaluation:
 * an `Error` created while the content script loads captures a stack trace, and V8 then re-parses
 * the whole script to find its source positions (79 ms measured in a fresh renderer here).
 */
class TimedOut extends Error {}

function transportFailure(err: unknown): { ok: false; error: Failure } {
  const text = err instanceof Error ? err.message : String(err);
  if (/context invalidated/i.test(text)) return fail(ERROR_CODES.contextInvalidated, 'Lodestone was updated or reloaded; reload this page to use it again.');
  return fail(ERROR_CODES.noReceiver, 'Lodestone could not reach the part of the extension that answers this.');
}

/** Creates a client over `transport` with `checks`. */
export function createClientCore(transport: MessageTransport, checks: ClientChecks, options: { timeoutMs?: number } = {}): MessageClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function call<K extends MessageType>(
    type: K,
    payload: MessageRequest<K>,
    deliver: (envelope: unknown) => Promise<unknown>,
  ): Promise<Result<MessageResponse<K>>> {
    const request = checks.request(type, payload);
    if (!request.ok) return fail(ERROR_CODES.invalidRequest, `Invalid ${type} request: ${request.message}`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new TimedOut('timed out')), timeoutMs);
      });
      // Deliver inside `then` so a synchronous throw (invalidated context) becomes a rejection.
      const raw = await Promise.race([Promise.resolve().then(() => deliver({ type, payload: request.data })), timeout]);
      if (raw === undefined) return fail(ERROR_CODES.noReceiver, 'Nothing in Lodestone answered this request.');
      const answer = checks.answer(type, raw);
      if (!answer.ok) return fail(ERROR_CODES.badResponse, `Unexpected ${type} answer: ${answer.message}`);
      return answer.result as Result<MessageResponse<K>>;
    } catch (err) {
      if (err instanceof TimedOut) return fail(ERROR_CODES.timeout, 'Lodestone took too long to answer.');
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
