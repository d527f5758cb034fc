/**
 * Lodestone on pages, in a real Firefox: the seed sample pages and the hostile fixtures are marked,
 * the page's text and DOM are left as they were, nothing throws, and the card opens on hover and
 * from the keyboard command. The checks mirror the Chromium suite (test/e2e/inline.spec.ts,
 * hostile.spec.ts) and reuse its page-world probe.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { debugCall, openExtensionPage, runCommand, tabIdOf } from './extension';
import { launchFirefox } from './firefox';
import { FirefoxPageWatch, missingMentions, normaliseMention, type MentionRead, type ProbeReport } from './page-watch';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ROOT = path.resolve(import.meta.dirname, '../..');

interface CatalogEntity {
  id: string;
  name: string;
  kind: string;
  description: string;
}
const CATALOG = (JSON.parse(fs.readFileSync(path.join(ROOT, 'seeds/catalog.json'), 'utf8')) as { entities: CatalogEntity[] }).entities;
const BUNDLE = JSON.parse(fs.readFileSync(path.join(ROOT, 'lib/knowledge/seed-bundle.json'), 'utf8')) as { mentions: { sourceId: string; entityId: string }[] };

/** The seed pages and names each must show highlighted in its first screenfuls (as inline.spec.ts). */
const SEED_PAGES: { stem: string; must: string[] }[] = [
  { stem: '000_e404f21d1686c65e', must: ['India', 'Malaysia', 'Kazakhstan', 'Indian Cabinet', 'Lohum', 'Uttar Pradesh'] },
  { stem: '001_6f84e4f316e2596c', must: ['Vietnam', 'National Assembly', 'Law on Geology and Minerals', 'Europe'] },
  {
    stem: '002_1692f03b1f2ceb73',
    must: ['Baotou', 'Inner Mongolia', 'Rare Earth New Materials Science and Innovation Center', 'Rare Earth Product Trading Center'],
  },
  { stem: '003_1378f9fcc0f36e98', must: ['Pakistan', 'Kazakhstan', 'South Korea', 'China'] },
  { stem: '004_edbe7c6ed56c77f7', must: ['China', 'US Department of Defense', 'European Union', 'Japan', 'Brazil'] },
];

interface HostileSpec {
  file: string;
  must: string[];
  mustNot: string[];
  scenario?: string;
  dynamic?: boolean;
  quiet?: boolean;
  frames?: boolean;
  settleMs?: number;
}
/**
 * The hostile fixtures that need no scripted steps beyond loading (the scripted ones, frames and
 * non-HTML documents stay with the Chromium suite; huge-200k too, for time). Poisoned globals, DOM
 * clobbering, a strict CSP with Trusted Types, XSS strings, hostile CSS, shadow roots, a squatted
 * custom element and a fake host are all in.
 */
const HOSTILE = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/hostile/expectations.json'), 'utf8')) as { fixtures: HostileSpec[] }
).fixtures.filter(
  (f) =>
    f.file.endsWith('.html') &&
    !f.frames &&
    !f.quiet &&
    !f.dynamic &&
    f.file !== 'huge-200k.html' &&
    (!f.scenario || ['poisoned', 'csp', 'xss'].includes(f.scenario)),
);

let browser: Browser;
let control: Page;
const origin = inject('origin');

beforeAll(async () => {
  browser = await launchFirefox(inject('extensionDir'));
  // An extension page kept open to ask the background and the tabs API.
  control = await openExtensionPage(browser, 'library.html#/settings');
});
afterAll(async () => {
  await browser?.close();
});

/** The page-safety assertions of the Chromium suite's expectPageUntouched. */
function expectUntouched(label: string, r: ProbeReport, watch: FirefoxPageWatch): void {
  expect.soft(r.ready, `${label}: the probe saw DOMContentLoaded`).toBe(true);
  expect.soft(watch.pageErrors, `${label}: uncaught exceptions in the page`).toEqual([]);
  expect.soft(watch.consoleProblems, `${label}: console errors or messages about the extension`).toEqual([]);
  expect.soft(r.violations, `${label}: Content-Security-Policy violations`).toEqual([]);
  expect.soft(r.textDiff, `${label}: the page's text changed`).toBeNull();
  expect.soft(r.renderedDiff, `${label}: the page's rendered text changed`).toBeNull();
  expect.soft(r.valuesSame, `${label}: form values changed`).toBe(true);
  expect.soft(r.foreign, `${label}: DOM mutations not made by the page`).toEqual([]);
  expect.soft(r.hostsOnRoot, `${label}: extension host elements on <html>`).toBeLessThanOrEqual(1);
  expect.soft(watch.dialogs, `${label}: dialogs`).toEqual([]);
}

/** Highlights that are drawn on nothing (removed, hidden or empty ranges). */
function badRanges(read: MentionRead): string[] {
  return read.list
    .filter((m) => !m.connected || !m.visible || m.text === null || m.text.trim() === '' || m.quiet || m.skipped)
    .map((m) => `${m.text} in ${m.parent}`);
}

/** The page's elements (minus Lodestone's host) and text, against a fresh parse of the same HTML. */
async function compareWithSource(page: Page): Promise<{ live: number; parsed: number; textSame: boolean }> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const live = document.querySelectorAll('*').length - document.querySelectorAll('lodestone-host').length;
    const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    return { live, parsed: parsed.querySelectorAll('*').length, textSame: norm(document.body.textContent) === norm(parsed.body.textContent) };
  });
}

describe('seed sample pages', () => {
  for (const seed of SEED_PAGES) {
    it(`${seed.stem}: the knowledge base's entities marked, the page untouched, no error`, async () => {
      const watch = await FirefoxPageWatch.open(browser);
      try {
        const url = `${origin}/news/${seed.stem}.html`;
        await watch.page.goto(url);
        const read = await watch.settle(seed.must);
        expect(missingMentions(read.list, seed.must), `drawn near the top (drawn: ${JSON.stringify(read.list.map((m) => m.text))})`).toEqual([]);
        expect(badRanges(read), 'highlights on nothing').toEqual([]);
        // First-mention mode: no text drawn twice.
        const texts = read.list.map((m) => normaliseMention(m.text ?? ''));
        expect(
          texts.filter((t, i) => texts.indexOf(t) !== i),
          'texts marked twice in first-mention mode',
        ).toEqual([]);

        // Over the whole page (highlights are drawn near the viewport only), the content script's
        // report names every entity the knowledge base found in the same seed text.
        const expected = [...new Set(BUNDLE.mentions.filter((m) => m.sourceId === `seed:${seed.stem}`).map((m) => m.entityId))].sort();
        const tabId = await tabIdOf(control, url);
        const summary = await debugCall<{ entities: { id: string }[] }>(control, 'tabSummary', tabId);
        const found = new Set(summary.entities.map((e) => e.id));
        expect(expected.length, 'the bundle has mentions for this seed').toBeGreaterThan(0);
        expect(
          expected.filter((id) => !found.has(id)),
          'entities of the seed text the page did not report',
        ).toEqual([]);

        // The page shows the repaired text, as a reader would see it (no cp874 mojibake like `Chinaโs`).
        const text = await watch.evalValue<string>('document.body.textContent');
        expect(text.match(/\p{L}[\u0E00-\u0E7F]\p{L}/gu) ?? [], 'mojibake on the page').toEqual([]);

        await sleep(300);
        expectUntouched(seed.stem, await watch.report(), watch);
        const src = await compareWithSource(watch.page);
        expect(src.live, 'element count equals a fresh parse').toBe(src.parsed);
        expect(src.textSame, 'text equals a fresh parse').toBe(true);
      } finally {
        await watch.close();
      }
    });
  }
});

describe('hostile pages', () => {
  it('the fixture list is the one the Chromium suite uses', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(15);
  });
  for (const f of HOSTILE) {
    it(`${f.file}: marked as expected, page untouched`, async () => {
      const watch = await FirefoxPageWatch.open(browser);
      try {
        await watch.page.goto(`${origin}/fixtures/hostile/${f.file}`);
        const read = await watch.settle(f.must, f.settleMs ?? 8000);
        expect.soft(missingMentions(read.list, f.must), `must be marked (marked: ${JSON.stringify(read.list.map((m) => m.text))})`).toEqual([]);
        const forbidden = f.mustNot.filter((w) => read.list.some((m) => m.text !== null && normaliseMention(m.text) === w));
        expect.soft(forbidden, 'never to be marked').toEqual([]);
        expect.soft(badRanges(read), 'highlights on nothing, hidden text, quiet zones or skipped contexts').toEqual([]);
        expectUntouched(f.file, await watch.report(), watch);
      } finally {
        await watch.close();
      }
    });
  }
});

describe('the card', () => {
  const SEED = '003_1378f9fcc0f36e98';
  const entity = (name: string) => CATALOG.find((e) => e.name === name)!;

  it('opens on hover with the entity, its description and dated facts, beside the word; Escape closes it', async () => {
    const watch = await FirefoxPageWatch.open(browser);
    try {
      await watch.page.setViewport({ width: 1280, height: 800 });
      await watch.page.goto(`${origin}/news/${SEED}.html`);
      await watch.settle(['Pakistan']);
      const pakistan = entity('Pakistan');
      const shown = await watch.openCard('Pakistan');
      expect(shown, 'a card opened').not.toBe('');
      await expect.poll(async () => (await watch.readCard()).text, { timeout: 8000 }).toMatch(/Mentioned in \d+ sources?/);
      const { text, box } = await watch.readCard();
      expect(text).toContain(pakistan.name);
      expect(text).toContain(pakistan.kind);
      expect(text).toContain(pakistan.description);
      expect(text).toMatch(/Latest dated facts/);
      expect(text).toContain('Open timeline');
      const word = (await watch.mentions(true)).list.find((m) => m.text === 'Pakistan')!.rect!;
      expect(box, 'the card has a box').not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.w).toBeLessThanOrEqual(1280);
      expect(box!.y + box!.h).toBeLessThanOrEqual(800);
      const overlaps = box!.x < word.x + word.w && word.x < box!.x + box!.w && box!.y < word.y + word.h && word.y < box!.y + box!.h;
      expect(overlaps, `card ${JSON.stringify(box)} covers the word ${JSON.stringify(word)}`).toBe(false);
      // The page cannot see into the card: no text of it in the page's DOM.
      expect(await watch.evalValue<string>('document.documentElement.textContent'), 'card text is not in the page').not.toContain('Latest dated facts');

      await watch.page.keyboard.press('Escape');
      await expect.poll(async () => (await watch.readCard()).text.trim(), { timeout: 5000 }).toBe('');
      expectUntouched('card', await watch.report(), watch);
    } finally {
      await watch.close();
    }
  });

  it('the next-mention command steps in reading order, draws the focus ring and opens each card; Tab enters it, Escape closes it', async () => {
    const watch = await FirefoxPageWatch.open(browser);
    try {
      await watch.page.goto(`${origin}/news/${SEED}.html`);
      const read = await watch.settle(['Pakistan', 'Kazakhstan', 'South Korea', 'China']);
      // Reading order is document order (the page has a sidebar beside the article, so not y, x).
      const ordered = await watch.evalJSON<string[]>(`(() => {
        const all = [];
        CSS.highlights.forEach((h, name) => { if (name.startsWith('lodestone-') && !name.startsWith('lodestone-focus')) h.forEach((r) => { const l = document.createRange(); l.setStart(r.startContainer, r.startOffset); l.setEnd(r.endContainer, r.endOffset); all.push(l); }); });
        all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
        return JSON.stringify(all.map((l) => l.toString()));
      })()`);
      expect(ordered.length).toBe(read.list.length);
      const focused = async () =>
        watch.evalValue<string | null>(
          `(() => { const h = CSS.highlights.get('lodestone-focus') ?? CSS.highlights.get('lodestone-focus-dark'); if (!h || h.size === 0) return null; const [r] = [...h]; const l = document.createRange(); l.setStart(r.startContainer, r.startOffset); l.setEnd(r.endContainer, r.endOffset); return l.toString(); })()`,
        );
      const seen: string[] = [];
      for (let i = 0; i < 3; i++) {
        await runCommand(browser, watch.page, 'Alt+Shift+N');
        // The focus as the poll saw it move (a second read raced a moment with no focus range once,
        // on a fresh CI machine; noted in issue 14's closing note).
        let f: string | null = null;
        await expect
          .poll(
            async () => {
              const now = await focused();
              if (now && now !== (seen[seen.length - 1] ?? null)) f = now;
              return f;
            },
            { timeout: 5000, message: `step ${i + 1} moves the focus` },
          )
          .not.toBe(null);
        if (f === null) throw new Error(`step ${i + 1}: no focus`);
        seen.push(f);
        expect((await watch.mentions()).focus, 'one focus range').toBe(1);
        await expect
          .poll(async () => (await watch.readCard()).text, { timeout: 5000, message: `card for ${f}` })
          .toContain(normaliseMention(f).replace(/['’]s$/, ''));
      }
      expect(seen, 'steps follow reading order').toEqual(ordered.slice(0, 3));
      await watch.page.keyboard.press('Tab');
      expect(await watch.evalValue<string>('document.activeElement?.tagName ?? ""'), 'focus is inside the card host').toBe('LODESTONE-HOST');
      await watch.page.keyboard.press('Escape');
      await expect.poll(async () => (await watch.readCard()).text, { timeout: 5000, message: 'Escape closes the card' }).not.toContain('Open timeline');
      // The screen-reader announcement of a keyboard opening clears itself a few seconds later.
      await expect.poll(async () => (await watch.readCard()).text.trim(), { timeout: 10_000 }).toBe('');
      expectUntouched('keyboard', await watch.report(), watch);
    } finally {
      await watch.close();
    }
  });
});
