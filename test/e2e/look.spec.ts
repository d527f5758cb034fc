/**
 * Screenshots to look at (issues 5 and 6): a highlighted seed page, a dark page, an open card, the
 * popup (popup-sized viewport, light and dark), the library timeline and an entity page. The PNGs
 * go to artifacts/screenshots/ (gitignored). Each test also reads the pixels (issue 16) against
 * what they must show: the underline under a highlighted word has its kind's colour from the
 * shipped stylesheet (and not another kind's); the card sits on screen, off its word, on the
 * theme's background with text on it; the focus ring appears where there was none; a dark page is
 * dark and a light one light, with nothing wider than the viewport.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { buildContentCss } from '../../lib/highlight/styles';
import { expect, test, type Mention, type PageWatch } from './hostile-helpers';
import { hex, hsl, insideViewport, luminance, over, overlaps, Pixels, type Box, type Rgb } from './pixels';

const SHOTS = path.resolve(import.meta.dirname, '../../artifacts/screenshots');
const SEED = '000_e404f21d1686c65e';
/** The popup's size when opened from the toolbar (Chromium caps popups at 800×600). */
const POPUP_VIEWPORT = { width: 520, height: 600 };

fs.mkdirSync(SHOTS, { recursive: true });

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage, animations: 'disabled' });
}

const CONTENT_CSS = buildContentCss();
/** The underline colour and style the shipped stylesheet gives a highlight name (`lodestone-company-dark`). */
function lineOf(name: string): { colour: Rgb; style: string } {
  const rule = new RegExp(`::highlight\\(${name}\\)\\{[^}]*text-decoration:underline (\\w+) (hsl\\((\\d+) (\\d+)% (\\d+)%\\)|#[0-9a-f]+)`).exec(CONTENT_CSS);
  if (!rule) throw new Error(`no ::highlight(${name}) rule`);
  const colour = rule[3] ? hsl(Number(rule[3]), Number(rule[4]), Number(rule[5])) : hex(rule[2]!);
  return { colour, style: rule[1]! };
}

/** Share of the word's columns an underline of each style covers at least. */
const MIN_COLUMNS: Record<string, number> = { solid: 0.6, double: 0.6, wavy: 0.5, dashed: 0.35, dotted: 0.25 };

/** A highlighted word fully in the viewport, preferring `kinds` in order. */
async function wordOnScreen(watch: PageWatch, page: Page, kinds: string[]): Promise<Mention & { rect: Box }> {
  const vp = page.viewportSize()!;
  const list = (await watch.mentions(true)).list.filter(
    (m): m is Mention & { rect: Box } => !!m.rect && m.rect.w > 8 && insideViewport(m.rect, vp) && m.rect.y > 0,
  );
  for (const k of kinds) {
    const m = list.find((x) => x.name.replace(/-dark$/, '') === `lodestone-${k}`);
    if (m) return m;
  }
  if (!list[0]) throw new Error('no highlighted word on screen');
  return list[0];
}

/** The word's underline has its kind's colour and not the colour of the opposite hue. */
async function expectUnderline(page: Page, word: Mention & { rect: Box }): Promise<void> {
  const { colour, style } = lineOf(word.name);
  const r = word.rect;
  const px = await Pixels.shot(page, { x: Math.floor(r.x), y: Math.floor(r.y), w: Math.ceil(r.w), h: Math.ceil(r.h) + 4 });
  const covered = px.columnsWith(colour, 45);
  expect(covered, `${word.text}: ${style} underline in ${JSON.stringify(colour)} under the word`).toBeGreaterThanOrEqual(MIN_COLUMNS[style] ?? 0.3);
  // Control: the same check for a colour the page must not show there finds (almost) nothing.
  const wrong = { r: 255 - colour.r, g: 255 - colour.g, b: 255 - colour.b };
  expect(px.columnsWith(wrong, 45), `${word.text}: no underline in the inverse colour`).toBeLessThan(0.1);
}

/** The open card: on screen, clear of its word, on the theme's background with text drawn on it. */
async function expectCard(page: Page, watch: PageWatch, word: Box, theme: 'light' | 'dark'): Promise<void> {
  const box = (await watch.readCard()).box;
  expect(box, 'card box').not.toBeNull();
  expect(insideViewport(box!, page.viewportSize()!), `card ${JSON.stringify(box)} inside the viewport`).toBe(true);
  expect(overlaps(box!, word), `card ${JSON.stringify(box)} clear of its word ${JSON.stringify(word)}`).toBe(false);
  const inner = { x: Math.ceil(box!.x) + 4, y: Math.ceil(box!.y) + 4, w: Math.floor(box!.w) - 8, h: Math.floor(box!.h) - 8 };
  const px = await Pixels.shot(page, inner);
  const bg = hex(theme === 'dark' ? '#1b1d22' : '#ffffff');
  const ink = hex(theme === 'dark' ? '#e8eaee' : '#1a1c20');
  expect(px.fraction(bg, 12), 'card background').toBeGreaterThan(0.5);
  expect(px.fraction(ink, 60), 'card text').toBeGreaterThan(0.01);
}

/** The page as a person sees it: light or dark as asked, and nothing wider than the viewport. */
async function expectScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  const { colour, share } = (await Pixels.shot(page)).dominant();
  expect(share, 'a background covers much of the view').toBeGreaterThan(0.3);
  if (scheme === 'dark') expect(luminance(colour), `dominant colour ${JSON.stringify(colour)} is dark`).toBeLessThan(0.1);
  else expect(luminance(colour), `dominant colour ${JSON.stringify(colour)} is light`).toBeGreaterThan(0.8);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no horizontal overflow').toBeLessThanOrEqual(0);
}

test.describe('look', () => {
  test('highlighted seed page, light', async ({ page, origin, watch }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${origin}/news/${SEED}.html`);
    const read = await watch.settle({ must: ['India', 'Malaysia'] });
    expect(read.list.length, 'mentions highlighted').toBeGreaterThan(5);
    await shoot(page, 'page-seed-light');
    await expectUnderline(page, await wordOnScreen(watch, page, ['company', 'country', 'government']));
    await expectScheme(page, 'light');
  });

  test('dark page with highlights and an open card', async ({ page, origin, watch }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${origin}/fixtures/inline/dark.html`);
    await watch.settle({ must: ['MP Materials', 'Lynas Rare Earths', 'JOGMEC'] });
    await shoot(page, 'page-dark');
    const word = await wordOnScreen(watch, page, ['company']);
    expect(word.name, 'the dark palette').toMatch(/-dark$/);
    await expectUnderline(page, word);
    await expectScheme(page, 'dark');
    const jogmec = (await watch.mentions(true)).list.find((m) => m.text === 'JOGMEC' && m.rect)!;
    expect(await watch.openCard('JOGMEC'), 'card opened').toContain('Japan Organization for Metals and Energy Security');
    // The acronym is in the details the background sends ("Also written: JOGMEC"): wait past "Loading facts…".
    await expect.poll(async () => (await watch.readCard()).text, { timeout: 5000 }).toContain('JOGMEC');
    await page.waitForTimeout(400);
    await shoot(page, 'card-dark');
    await expectCard(page, watch, jogmec.rect!, 'dark');
  });

  test('open card on the seed page', async ({ page, origin, watch }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${origin}/fixtures/inline/article.html`);
    await watch.settle({ must: ['MP Materials', 'Lynas Rare Earths'] });
    const lynas = (await watch.mentions(true)).list.find((m) => m.text === 'Lynas Rare Earths' && m.rect)!;
    expect(await watch.openCard('Lynas Rare Earths'), 'card opened').toContain('Lynas');
    // Facts arrive from the background: wait until they replace "Loading facts…".
    await expect.poll(async () => (await watch.readCard()).text, { timeout: 5000 }).toMatch(/Mentioned in \d+ source/);
    await shoot(page, 'card-light');
    await expectCard(page, watch, lynas.rect!, 'light');
  });

  test('keyboard focus ring and the card it opens', async ({ page, origin, watch, ext, tabIdOf }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${origin}/fixtures/inline/article.html`);
    await watch.settle({ must: ['MP Materials', 'Lynas Rare Earths'] });
    const tabId = await tabIdOf(page);
    // The focus ring's fill over the white page, as the stylesheet declares it (hsl(50 100% 50% / 0.55)).
    const focusRule = /::highlight\(lodestone-focus\)\{background-color:hsl\((\d+) (\d+)% (\d+)% \/ ([\d.]+)\)/.exec(CONTENT_CSS)!;
    const ring = over(hsl(Number(focusRule[1]), Number(focusRule[2]), Number(focusRule[3])), Number(focusRule[4]), hex('#ffffff'));
    const before = (await Pixels.shot(page)).count(ring, 20);
    for (let i = 0; i < 3; i++) {
      // The next-mention command, as the background forwards it (see inline.spec.ts).
      await ext.worker.evaluate(async (id: number) => {
        const c = (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: unknown): Promise<unknown> } } }).chrome;
        await c.tabs.sendMessage(id, { type: 'mention/next', payload: {} });
      }, tabId);
      await page.waitForTimeout(250);
    }
    expect((await watch.mentions()).focus, 'one mention has the focus ring').toBe(1);
    await expect.poll(async () => (await watch.readCard()).text).toMatch(/Mentioned in \d+ source/);
    await shoot(page, 'keyboard-focus');
    // Where there was no ring, a word's worth of ring-coloured pixels now (a word is > 200 px²).
    expect(before, 'no focus ring before the command').toBeLessThan(20);
    expect((await Pixels.shot(page)).count(ring, 20), 'the focus ring is painted').toBeGreaterThan(200);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`popup, ${scheme}`, async ({ page, origin, openPopup, watch }) => {
      await page.goto(`${origin}/news/${SEED}.html`);
      await watch.settle({ must: ['India'] });
      const popup = await openPopup(page);
      await popup.setViewportSize(POPUP_VIEWPORT);
      await popup.emulateMedia({ colorScheme: scheme });
      await expect(popup.getByRole('group', { name: 'Entities on this page' })).toBeVisible();
      await expect(popup.locator('.timeline .entry:not(.entry-skeleton)').first()).toBeVisible();
      await expect(popup.getByRole('region', { name: 'Related entities' })).toBeVisible();
      await shoot(popup, `popup-${scheme}`);
      await expectScheme(popup, scheme);
      const chips = await popup.getByRole('group', { name: 'Entities on this page' }).boundingBox();
      expect(
        chips && insideViewport({ x: chips.x, y: chips.y, w: chips.width, h: Math.min(chips.height, 1) }, POPUP_VIEWPORT),
        'chips start inside the popup',
      ).toBe(true);
      await popup.close();
    });
  }

  test('popup empty states', async ({ page, origin, openPopup }) => {
    await page.goto(`${origin}/fixtures/inline/none.html`);
    await page.waitForTimeout(800);
    const popup = await openPopup(page);
    await popup.setViewportSize(POPUP_VIEWPORT);
    await expect(popup.getByRole('heading', { name: 'No known entities on this page' })).toBeVisible();
    await expect(popup.getByRole('heading', { name: /Latest saved articles|Nothing saved yet/ })).toBeVisible();
    await shoot(popup, 'popup-no-entities');
    await expectScheme(popup, 'light');
    await popup.close();
  });

  test('a saved article: popup and saved list', async ({ page, origin, openPopup, watch, context, extensionId }) => {
    await page.goto(`${origin}/fixtures/inline/article.html`);
    await watch.settle({ must: ['MP Materials'] });
    const popup = await openPopup(page);
    await popup.setViewportSize(POPUP_VIEWPORT);
    await popup.getByRole('button', { name: 'Save article' }).click();
    await expect(popup.getByRole('status').filter({ hasText: /Saved: \d+ dated facts?/ })).toBeVisible({ timeout: 20_000 });
    // The library tab is opened only after the popup's checks: a new tab comes to the front, and a
    // tab behind it renders no frames, so a year skipped by `content-visibility: auto` would never
    // be laid out and its badge would stay hidden however it is scrolled.
    let lib: Page | undefined;
    try {
      await popup.bringToFront();
      await popup.getByRole('button', { name: 'Oldest first' }).click();
      // Scrolled by script: the live timeline may re-render under an actionability wait, and a year
      // off screen is not laid out (`content-visibility: auto`), so the badge is brought into view first.
      // The timeline may re-render after the scroll (new since, the save's own refresh), putting a
      // fresh, unscrolled badge first: scroll and look again until the badge stays in view.
      const badge = popup.locator('.source .badge').first();
      await expect(badge).toBeAttached();
      await expect(async () => {
        await badge.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await expect(badge).toBeVisible({ timeout: 1000 });
      }).toPass({ timeout: 20_000 });
      await shoot(popup, 'popup-saved');
      lib = await context.newPage();
      await lib.goto(`chrome-extension://${extensionId}/library.html#/saved`);
      await expect(lib.getByRole('button', { name: /^Delete / })).toHaveCount(1);
      await shoot(lib, 'library-saved-one');
    } finally {
      lib ??= await context.newPage();
      await lib.goto(`chrome-extension://${extensionId}/library.html#/saved`);
      await lib.getByRole('button', { name: /^Delete / }).click();
      await lib.getByRole('button', { name: 'Yes, delete' }).click();
      await expect(lib.getByRole('button', { name: /^Delete / })).toHaveCount(0);
      await lib.close();
      await popup.close();
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`library timeline and entity page, ${scheme}`, async ({ page, extensionId }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${extensionId}/library.html#/timeline`);
      await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
      await expect(page.locator('.timeline .entry:not(.entry-skeleton)').first()).toBeVisible();
      await shoot(page, `library-timeline-${scheme}`);
      await expectScheme(page, scheme);
      const nav = await page.getByRole('navigation', { name: 'Library' }).boundingBox();
      const h1 = await page.getByRole('heading', { name: 'Timeline', level: 1 }).boundingBox();
      expect(
        nav && h1 && !overlaps({ x: nav.x, y: nav.y, w: nav.width, h: nav.height }, { x: h1.x, y: h1.y, w: h1.width, h: h1.height }),
        'navigation clear of the heading',
      ).toBe(true);
      await page.goto(`chrome-extension://${extensionId}/library.html#/entity/company-lynas`);
      await expect(page.getByRole('heading', { name: /Lynas Rare Earths/, level: 1 })).toBeVisible();
      await page.waitForTimeout(300);
      await shoot(page, `library-entity-${scheme}`);
      await expectScheme(page, scheme);
      await page.goto(`chrome-extension://${extensionId}/library.html#/source/seed:${SEED}?at=113`);
      await expect(page.locator('mark.reader-mark').first()).toBeInViewport();
      await shoot(page, `library-source-${scheme}`);
      await page.goto(`chrome-extension://${extensionId}/library.html#/settings`);
      await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
      await page.waitForTimeout(300);
      await shoot(page, `library-settings-${scheme}`, true);
      await page.goto(`chrome-extension://${extensionId}/library.html#/saved`);
      await expect(page.getByRole('heading', { name: 'Saved articles', level: 1 })).toBeVisible();
      await page.waitForTimeout(300);
      await shoot(page, `library-saved-${scheme}`);
    });
  }
});
