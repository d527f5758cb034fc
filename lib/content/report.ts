/**
 * Tells the background what the page mentions (badge count, popup) and whether it is readable
 * (the save button). Debounced, and only sent when something changed, so a page that re-renders
 * every 100 ms does not turn into a stream of messages.
 */
import { protoGet, titleOf } from '../dom/safe-dom';
import type { MessageClient } from '../messages/client';
import type { Scope } from './scope';

/** Characters of block text below which a page counts as having nothing to read. */
export const MIN_READABLE_CHARS = 200;
/** Debounce for reports (ms). */
export const REPORT_DELAY_MS = 300;

/** What a report says. */
export interface PageReport {
  counts: Record<string, number>;
  readable: boolean;
}

function payloadOf(doc: Document, r: PageReport) {
  const url = String(protoGet<string>(doc, 'URL') ?? '').slice(0, 8192);
  return { url, title: titleOf(doc).slice(0, 2000), counts: r.counts, readable: r.readable };
}

/** How a report leaves (`sendMessage` of lib/messages/browser.ts in the page; a fake in tests). */
export type SendMessage = MessageClient['send'];

/** Sends one report now (never throws: failures come back as data and are dropped). */
export function sendPageReport(send: SendMessage, doc: Document, r: PageReport): void {
  const payload = payloadOf(doc, r);
  if (payload.url) void send('page/report', payload);
}

/** A debounced reporter that skips unchanged reports; `read` is called when a report is due. */
export function createReporter(send: SendMessage, scope: Scope, doc: Document, read: () => PageReport): { schedule(): void } {
  let timer: number | undefined;
  let last = '';
  return {
    schedule() {
      if (timer !== undefined) return;
      timer = scope.timeout(() => {
        timer = undefined;
        const payload = payloadOf(doc, read());
        const key = JSON.stringify(payload);
        if (!payload.url || key === last) return;
        last = key;
        void send('page/report', payload);
      }, REPORT_DELAY_MS);
    },
  };
}
