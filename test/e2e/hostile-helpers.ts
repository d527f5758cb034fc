/**
 * Helpers for the hostile-page suite: the fixture list (expectations.json), the `watch` test fixture
 * (a PageWatch, page-watch.ts), and the assertions every fixture must pass. Re-exports the page and
 * extension helpers so specs import one module.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test as base, type ErrorLog } from './fixtures';
import { missingMentions, normaliseMention, PageWatch, type MentionRead, type ProbeReport } from './page-watch';

export { injectContentScriptAgain, patchSettings, reloadExtension, snapshotExtensionData, waitFor } from './extension-control';
export { mentionMatches, missingMentions, normaliseMention, PageWatch, type Mention, type MentionRead, type ProbeReport } from './page-watch';

/** Where the hostile fixtures live, and their URL prefix on the test server. */
export const HOSTILE_DIR = path.resolve(import.meta.dirname, '../fixtures/hostile');
export const HOSTILE_PATH = '/fixtures/hostile';

/** One fixture's expectations (test/fixtures/hostile/expectations.json). */
export interface FixtureSpec {
  file: string;
  about: string;
  /** Highlight texts that must be present once the extension has settled. */
  must: string[];
  /** Highlight texts that must never be present. */
  mustNot: string[];
  /**
   * Whole names in blocks the page adds and removes as it runs (a `v-if` note): marking them while
   * they are there is right, so the torn-range check accepts them though the settled read may not
   * hold them.
   */
  transient?: string[];
  /** The spec's extra steps for this page (see hostile.spec.ts). */
  scenario?: 'rerender' | 'rewrap' | 'infinite-scroll' | 'deleter' | 'poisoned' | 'csp' | 'xss' | 'spa';
  /** The page keeps changing itself: connectedness is checked over a few tries. */
  dynamic?: boolean;
  /** Nothing is expected to be marked: wait a fixed time instead of for highlights. */
  quiet?: boolean;
  /** Check every child frame's probe too. */
  frames?: boolean;
  /** Longest wait for the extension to settle, ms (default 8000). */
  settleMs?: number;
}

/** Reads and sanity-checks expectations.json. */
export function loadExpectations(): FixtureSpec[] {
  const raw = JSON.parse(fs.readFileSync(path.join(HOSTILE_DIR, 'expectations.json'), 'utf8')) as { fixtures: FixtureSpec[] };
  for (const f of raw.fixtures) {
    if (!fs.existsSync(path.join(HOSTILE_DIR, f.file))) throw new Error(`expectations.json names a missing fixture: ${f.file}`);
    if (!Array.isArray(f.must) || !Array.isArray(f.mustNot)) throw new Error(`${f.file}: must and mustNot are required lists`);
  }
  return raw.fixtures;
}

/** The hostile suite's fixtures: the lead's, plus `watch` (a PageWatch on `page`). */
export const test = base.extend<{ watch: PageWatch }>({
  watch: async ({ page }, use) => {
    const w = await PageWatch.attach(page);
    await use(w);
    await w.detach();
  },
});
export { expect };

/**
 * The page-safety assertions every fixture must pass: no uncaught error, no extension console error,
 * no CSP violation, text and form values unchanged, no foreign DOM mutation (only `<lodestone-host>`
 * on `<html>`), at most one host, no dialog.
 */
export function expectPageUntouched(label: string, r: ProbeReport, errors: ErrorLog, watch: PageWatch): void {
  expect.soft(r.ready, `${label}: the probe saw DOMContentLoaded`).toBe(true);
  expect.soft(errors.pageErrors, `${label}: uncaught exceptions in the page`).toEqual([]);
  expect.soft(errors.extensionErrors, `${label}: console errors from the extension`).toEqual([]);
  expect.soft(watch.consoleProblems, `${label}: console messages about the extension, CSP or Trusted Types`).toEqual([]);
  expect.soft(r.violations, `${label}: Content-Security-Policy violations`).toEqual([]);
  expect.soft(r.textDiff, `${label}: the page's text changed`).toBeNull();
  expect.soft(r.renderedDiff, `${label}: the page's rendered text (innerText) changed`).toBeNull();
  expect.soft(r.valuesSame, `${label}: form values changed`).toBe(true);
  expect.soft(r.foreign, `${label}: mutations not made by the page (${r.foreignCount})`).toEqual([]);
  expect.soft(r.hostsOnRoot, `${label}: extension host elements on <html>`).toBeLessThanOrEqual(1);
  expect.soft(watch.dialogs, `${label}: dialogs`).toEqual([]);
}

/** Mention assertions: must/mustNot, nothing in quiet zones or skipped contexts, nothing hidden. */
export function expectMentions(label: string, read: MentionRead, spec: Pick<FixtureSpec, 'must' | 'mustNot' | 'dynamic'>): void {
  const { list } = read;
  const texts = list.map((m) => m.text);
  expect.soft(missingMentions(list, spec.must), `${label}: mentions that must be marked (marked: ${JSON.stringify(texts)})`).toEqual([]);
  const forbidden = spec.mustNot.filter((w) => list.some((m) => m.text !== null && normaliseMention(m.text) === w));
  expect.soft(forbidden, `${label}: mentions that must never be marked`).toEqual([]);
  expect
    .soft(
      list.filter((m) => m.quiet).map((m) => `${m.text} in ${m.quiet}`),
      `${label}: highlights inside data-quiet zones`,
    )
    .toEqual([]);
  expect
    .soft(
      list.filter((m) => m.skipped).map((m) => `${m.text} in ${m.skipped}`),
      `${label}: highlights inside skipped contexts`,
    )
    .toEqual([]);
  expect
    .soft(
      list.filter((m) => m.text === null || m.text.trim() === '').map((m) => m.parent),
      `${label}: empty or invalid ranges`,
    )
    .toEqual([]);
  if (!spec.dynamic) {
    expect
      .soft(
        list.filter((m) => !m.connected).map((m) => m.text),
        `${label}: highlights on removed nodes`,
      )
      .toEqual([]);
    expect
      .soft(
        list.filter((m) => m.connected && !m.visible).map((m) => `${m.text} in ${m.parent}`),
        `${label}: highlights on hidden text`,
      )
      .toEqual([]);
  }
  const foreignNames = read.names.filter((n) => n.startsWith('lodestone') && !/^lodestone-[a-z]+(-dark)?$/.test(n));
  expect.soft(foreignNames, `${label}: unexpected highlight names`).toEqual([]);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Re-reads a dynamic page's mentions until every registered range is on a connected node and every
 * name in `must` is marked (≤ 2 s): a page that rewrites its text every 100 ms may be read between
 * its edit and the extension's next batch, when the rewritten block is (rightly) not drawn.
 */
export async function settledConnected(watch: PageWatch, must: string[] = []): Promise<MentionRead> {
  let read = await watch.mentions();
  for (let i = 0; i < 20 && (read.list.some((m) => !m.connected) || missingMentions(read.list, must).length); i++) {
    await sleep(100);
    read = await watch.mentions();
  }
  return read;
}

/** The URL of a hostile fixture on the test server. */
export function fixtureUrl(origin: string, file: string, query = ''): string {
  return `${origin}${HOSTILE_PATH}/${file}${query}`;
}
