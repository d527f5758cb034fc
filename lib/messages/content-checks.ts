/**
 * The protocol as the content script checks it, without Zod (issue 14: building the protocol's
 * schemas was most of the content script's start-up on every page). Every content-bound type
 * takes an empty payload, checked exactly as the protocol's `z.strictObject({})` does (the fuzz
 * test `test/unit/messages/content-checks.test.ts` holds the two to the same verdicts). Answers to
 * the content script's own requests are checked for the `Result` envelope only: the background's
 * router checked the value against the protocol's response schema before sending it, and it checks
 * every request from here on arrival.
 */
import { fail, ok, type Result } from '../result';
import { createClientCore, type ClientChecks, type MessageClient, type MessageTransport } from './client-core';
import type { MessageType } from './protocol';
import { createRouterCore, type HandlerContext, type MessageRouter, type RouterOptions, type RouteSpec } from './route-core';

/** The message types a content script answers (all privileged: from the background only). */
export const CONTENT_TYPES = [
  'article/extract',
  'article/prepare',
  'mention/next',
  'knowledge/changed',
  'settings/changed',
] as const satisfies readonly MessageType[];
/** A content-bound message type. */
export type ContentType = (typeof CONTENT_TYPES)[number];

/** `z.strictObject({})`: a non-array object with no enumerable key, own or inherited. */
function emptyPayload(payload: unknown): ReturnType<RouteSpec['request']> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return { ok: false, message: 'expected an empty object' };
  for (const key in payload) return { ok: false, message: `unexpected key ${JSON.stringify(key)}` };
  return { ok: true, data: {} };
}

const anyAnswer = (value: unknown): ReturnType<RouteSpec['response']> => ({ ok: true, data: value });
const nullAnswer = (value: unknown): ReturnType<RouteSpec['response']> => (value === null ? { ok: true, data: null } : { ok: false, message: 'expected null' });

const SPECS: Record<ContentType, RouteSpec> = {
  // The extracted article is checked by the background's client when it arrives there.
  'article/extract': { privileged: true, request: emptyPayload, response: anyAnswer },
  'article/prepare': { privileged: true, request: emptyPayload, response: anyAnswer },
  'mention/next': { privileged: true, request: emptyPayload, response: nullAnswer },
  'knowledge/changed': { privileged: true, request: emptyPayload, response: nullAnswer },
  'settings/changed': { privileged: true, request: emptyPayload, response: nullAnswer },
};

/** Handlers a content script may register. */
export type ContentHandlers = { [K in ContentType]?: (request: Record<string, never>, ctx: HandlerContext) => unknown };

/** The content script's router (same sender and type rules as every router: `route-core.ts`). */
export function createContentRouter(handlers: ContentHandlers, options: RouterOptions): MessageRouter {
  return createRouterCore(handlers, options, (type) => (Object.hasOwn(SPECS, type) ? SPECS[type as ContentType] : undefined));
}

const isShortString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** The `Result` envelope (`resultSchema` without the value's schema): extra keys are dropped. */
export function readEnvelope(raw: unknown): Result<unknown> | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const r = raw as { ok?: unknown; value?: unknown; error?: unknown };
  if (r.ok === true) return ok(r.value);
  if (r.ok !== false || typeof r.error !== 'object' || r.error === null || Array.isArray(r.error)) return undefined;
  const e = r.error as { code?: unknown; message?: unknown };
  return isShortString(e.code, 64) && isShortString(e.message, 4000) ? fail(e.code, e.message) : undefined;
}

const ENVELOPE_CHECKS: ClientChecks = {
  request: (_type, payload) => ({ ok: true, data: payload }),
  answer(_type, raw) {
    const result = readEnvelope(raw);
    return result ? { ok: true, result } : { ok: false, message: 'not a Result' };
  },
};

/** The content script's client: the same delivery and failures as every client, envelope checked. */
export function createContentClient(transport: MessageTransport, options: { timeoutMs?: number } = {}): MessageClient {
  return createClientCore(transport, ENVELOPE_CHECKS, options);
}
