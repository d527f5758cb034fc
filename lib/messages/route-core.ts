/**
 * The receiving side of the protocol without its schemas: who may send what, and the answer as a
 * `Result`. `router.ts` gives it the protocol's Zod schemas (background, popup, library); the
 * content script gives it the few checks its four incoming types need (`content-channel.ts`), so
 * Zod never loads on a news page. Both run the same code here, and the fuzz tests hold the content
 * script's checks to the schemas' verdicts.
 */
import { fail, ok, type Result } from '../result';
import { ERROR_CODES } from './codes';

/** The parts of `runtime.MessageSender` the router looks at. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
}

/** What a handler learns about the call besides its payload. */
export interface HandlerContext {
  sender: SenderLike;
  /** The sender's tab id (always set for `fromTab` messages). */
  tabId?: number;
}

/** Who this extension is. */
export interface RouterOptions {
  /** `browser.runtime.id`. */
  runtimeId: string;
  /** `browser.runtime.getURL('/')` (or its origin). */
  extensionOrigin: string;
  /** Override the extension-page test (rarely needed). */
  isPrivilegedSender?: (sender: SenderLike) => boolean;
}

/** `scheme://host[:port]` of a URL, lower-cased, or null. Avoids `URL.origin`, which is "null" for extension schemes in some engines. */
export function originOf(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#\\]+)/i.exec(url);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * An extension page: its frame URL is on the extension's origin (content scripts never run there),
 * `sender.origin` agrees when the browser sets it, and if it sits in a tab that tab shows an
 * extension page too (so our page framed inside a website is not privileged).
 */
export function isExtensionPageSender(sender: SenderLike, extensionOrigin: string): boolean {
  const own = originOf(extensionOrigin);
  if (!own || originOf(sender.url) !== own) return false;
  if (sender.origin !== undefined && sender.origin.toLowerCase() !== own) return false;
  if (sender.tab?.url !== undefined && originOf(sender.tab.url) !== own) return false;
  return true;
}

/** The router: `handle` for tests and composition, `listener` for `runtime.onMessage.addListener`. */
export interface MessageRouter {
  handle(message: unknown, sender: unknown): Promise<Result<unknown>>;
  /**
   * The `runtime.onMessage` listener. Answers through `sendResponse` and returns `true` (keep the
   * channel open) — the one asynchronous style both Chrome and Firefox support; returns undefined
   * for our own messages of types this context does not handle, so another context can answer.
   */
  listener(message: unknown, sender: unknown, sendResponse: (response: unknown) => void): true | undefined;
}

const asSender = (s: unknown): SenderLike | null => (s && typeof s === 'object' ? s : null);
const typeOf = (m: unknown): unknown => (m && typeof m === 'object' ? (m as { type?: unknown }).type : undefined);

/** One message type as a router checks it. */
export interface RouteSpec {
  privileged: boolean;
  fromTab?: boolean;
  /** The request, checked (and possibly reshaped); `message` says what is wrong. */
  request(payload: unknown): { ok: true; data: unknown } | { ok: false; message: string };
  /** The handler's answer, checked before it leaves. */
  response(value: unknown): { ok: true; data: unknown } | { ok: false; message: string };
}

/** Creates a router over `handlers`, each type checked by `specOf(type)` (undefined: unknown). */
export function createRouterCore(
  handlers: Readonly<Record<string, ((req: never, ctx: HandlerContext) => unknown) | undefined>>,
  options: RouterOptions,
  specOf: (type: string) => RouteSpec | undefined,
): MessageRouter {
  const privileged = options.isPrivilegedSender ?? ((s: SenderLike) => isExtensionPageSender(s, options.extensionOrigin));
  const handles = (type: unknown): type is string =>
    typeof type === 'string' && specOf(type) !== undefined && Object.hasOwn(handlers, type) && typeof handlers[type] === 'function';

  async function handle(message: unknown, rawSender: unknown): Promise<Result<unknown>> {
    try {
      const sender = asSender(rawSender);
      if (!sender || typeof sender.id !== 'string' || sender.id !== options.runtimeId) return fail(ERROR_CODES.forbidden, 'Message from an unknown sender.');
      const type = typeOf(message);
      if (!handles(type)) return fail(ERROR_CODES.unknownType, 'Unknown message type.');
      const spec = specOf(type)!;
      if (spec.privileged && !privileged(sender)) return fail(ERROR_CODES.forbidden, 'Only Lodestone’s own pages may do this.');
      const tabId = sender.tab?.id;
      if (spec.fromTab && (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0)) {
        return fail(ERROR_CODES.forbidden, 'This message must come from a page’s content script.');
      }
      const payload = (message as { payload?: unknown }).payload;
      const request = spec.request(payload === undefined ? {} : payload);
      if (!request.ok) return fail(ERROR_CODES.invalidRequest, `Invalid ${type} request: ${request.message}`);
      const handler = handlers[type] as (req: unknown, ctx: HandlerContext) => unknown;
      const value = await handler(request.data, typeof tabId === 'number' ? { sender, tabId } : { sender });
      const response = spec.response(value);
      if (!response.ok) return fail(ERROR_CODES.badResponse, `Lodestone produced an invalid ${type} answer: ${response.message}`);
      return ok(response.data);
    } catch (err) {
      return errorResult(err);
    }
  }

  return {
    handle,
    listener(message, sender, sendResponse) {
      const s = asSender(sender);
      // Answer foreign senders with a refusal; leave our own unhandled types to other contexts.
      if (s && s.id === options.runtimeId && !handles(typeOf(message))) return undefined;
      void handle(message, sender).then(sendResponse);
      return true;
    },
  };
}

/** A thrown value as a failure; a string `code` on the error (StoreError, MessageError) is kept. */
export function errorResult(err: unknown): Result<never> {
  const code = err && typeof err === 'object' && typeof (err as { code?: unknown }).code === 'string' ? (err as { code: string }).code : ERROR_CODES.internal;
  const message = err instanceof Error && err.message ? err.message : 'Something went wrong in Lodestone.';
  return fail(code.slice(0, 64), message.slice(0, 4000));
}
