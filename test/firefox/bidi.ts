/**
 * Raw WebDriver BiDi on puppeteer's own session, for what puppeteer does not expose: evaluating
 * with no page script carrying the result (pages that poison their built-ins), reading a closed
 * shadow root (BiDi serialises an element's shadow root, open or closed, as a node reference), the
 * browser window's own scope (`moz:scope: chrome`), and navigating without waiting for events
 * Firefox does not send for extension pages.
 */
import type { Browser, Page } from 'puppeteer-core';

/** A serialised BiDi value (`script.RemoteValue`), as much of it as the suite reads. */
export interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}
interface EvaluateResult {
  type: 'success' | 'exception';
  result?: RemoteValue;
  exceptionDetails?: { text: string };
}
interface Connection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** Where a script runs: a browsing context, in the page's own world or a named sandbox. */
export interface Target {
  context: string;
  sandbox?: string;
}

/** Puppeteer's BiDi connection (public on the BiDi browser, not in its exported types). */
function connection(browser: Browser): Connection {
  const c = (browser as unknown as { connection?: Connection }).connection;
  if (!c) throw new Error('not a WebDriver BiDi browser');
  return c;
}

/** The BiDi browsing-context id of a page's top frame. */
export function contextOf(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: string })._id;
  if (!id) throw new Error('page has no BiDi context id');
  return id;
}

/** Sends one BiDi command and returns its result. */
export async function send<T>(browser: Browser, method: string, params: object): Promise<T> {
  return (await connection(browser).send(method, params)).result as T;
}

function unwrap(r: EvaluateResult, what: string): RemoteValue {
  if (r.type !== 'success' || !r.result) throw new Error(`${what} failed: ${r.exceptionDetails?.text ?? 'no result'}`);
  return r.result;
}

/** Evaluates `expression` and returns its serialised value (DOM nodes as references). */
export async function evaluate(browser: Browser, target: Target, expression: string, serialization: object = { maxDomDepth: 0 }): Promise<RemoteValue> {
  const r = await send<EvaluateResult>(browser, 'script.evaluate', {
    expression,
    target,
    awaitPromise: true,
    resultOwnership: 'none',
    serializationOptions: serialization,
  });
  return unwrap(r, `evaluating ${expression.slice(0, 80)}`);
}

/** Calls `fn` (source text) with node references or plain values as arguments. */
export async function callFunction(
  browser: Browser,
  target: Target,
  fn: string,
  args: ({ sharedId: string } | { type: string; value?: unknown })[],
): Promise<RemoteValue> {
  const r = await send<EvaluateResult>(browser, 'script.callFunction', {
    functionDeclaration: fn,
    arguments: args,
    target,
    awaitPromise: true,
    resultOwnership: 'none',
  });
  return unwrap(r, 'calling a function');
}

/** Navigates a page and returns at once (Firefox sends no load events for moz-extension pages). */
export async function navigateNoWait(browser: Browser, page: Page, url: string): Promise<void> {
  await send(browser, 'browsingContext.navigate', { context: contextOf(page), url, wait: 'none' });
}

/** The browser window's chrome context (`chrome://browser/content/browser.xhtml`). */
export async function browserWindowContext(browser: Browser): Promise<string> {
  const tree = await send<{ contexts: { context: string; url: string }[] }>(browser, 'browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const win = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!win) throw new Error('no browser window context (is --remote-allow-system-access set?)');
  return win.context;
}
