/**
 * The receiving side of the protocol: one `runtime.onMessage` listener per context. It distrusts
 * everything: the sender must be this extension, the type must be known and handled here,
 * privileged types must come from an extension page, the payload must parse; only then is the
 * handler called, and whatever it returns or throws goes back as a `Result`. `browser` is not
 * imported: the runtime id and extension origin are passed in, so this runs under unit tests.
 * The checks of who may send what live in `route-core.ts`; here they get the protocol's schemas.
 */
import type { z } from '../zod';
import { describeIssue } from '../store/describe-issue';
import { MESSAGES, isMessageType, type MessageResponse, type MessageType } from './protocol';
import { createRouterCore, type HandlerContext, type MessageRouter, type RouterOptions, type RouteSpec } from './route-core';

export { errorResult, isExtensionPageSender, originOf, type HandlerContext, type MessageRouter, type RouterOptions, type SenderLike } from './route-core';

/** Handlers for the message types this context answers. */
export type MessageHandlers = {
  [K in MessageType]?: (request: z.output<(typeof MESSAGES)[K]['request']>, ctx: HandlerContext) => MessageResponse<K> | Promise<MessageResponse<K>>;
};

const check =
  (schema: z.ZodType) =>
  (value: unknown): ReturnType<RouteSpec['request']> => {
    const r = schema.safeParse(value);
    return r.success ? { ok: true, data: r.data } : { ok: false, message: describeIssue(r.error) };
  };

const SPECS = new Map<string, RouteSpec>();

/** The protocol's spec of `type` as the router core reads it (made once per type). */
function specOf(type: string): RouteSpec | undefined {
  if (!isMessageType(type)) return undefined;
  let spec = SPECS.get(type);
  if (!spec) {
    const m = MESSAGES[type];
    spec = {
      privileged: m.privileged,
      fromTab: 'fromTab' in m && m.fromTab === true,
      request: check(m.request as z.ZodType),
      response: check(m.response as z.ZodType),
    };
    SPECS.set(type, spec);
  }
  return spec;
}

/** Creates a router over `handlers`. */
export function createMessageRouter(handlers: MessageHandlers, options: RouterOptions): MessageRouter {
  return createRouterCore(handlers, options, specOf);
}
