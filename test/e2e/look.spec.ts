/**
 * Screenshots to look at (issues 5 and 6): a highlighted seed page, a dark page, an open card, the
 * popup (popup-sized viewport, light and dark), the library timeline and an entity page. The PNGs
 * go to artifacts/screenshots/ (gitignored); each test also checks the thing it photographs is
 * really on screen, so a blank or broken view fails instead of producing an empty picture.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './hostile-helpers';

const SHOTS = path.resolve(import.meta.dirname, '../../artifacts/screenshots');
const SEED = '000_e404f21d1686c65e';
/** The popup's size when opened from the toolbar (Chromium caps popups at 800×600). */
const POPUP_VIEWPORT = { width: 520, height: 600 };

fs.mkdirSync(SHOTS, { recursive: true });

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage, animations: 'disabled' });
  expect(fs.statSync(file).size, `${name}.png written`).toBeGreaterThan(2000);
}

test.describe('look', () => {
  test('highlighted seed page, light', async ({ page, origin, watch }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${origin}/news/${SEED}.html`);
    const read = await watch.settle({ must: ['India', 'Malaysia'] });
    expect(read.list.length, 'mentions highlighted').toBeGreaterThan(5);
    await shoot(page, 'page-seed-light');
  });

  test('dark page with highlights and an open card', async ({ page, origin, watch }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${origin}/fixtures/inline/dark.html`);
    await watch.settle({ must: ['MP Materials', 'Lynas Rare Earths', 'JOGMEC'] });
    await shoot(page, 'page-dark');
    expect(await watch.openCard('JOGMEC'), 'card opened').toContain('JOGMEC');
    await page.waitForTimeout(400);
    await shoot(page, 'card-dark');
  });

  test('open card on the seed page', async ({ page, origin, watch }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${origin}/fixtures/inline/article.html`);
    await watch.settle({ must: ['MP Materials', 'Lynas Rare Earths'] });
    expect(await watch.openCard('Lynas Rare Earths'), 'card opened').toContain('Lynas');
    // Facts arrive from the background: wait until they replace "Loading facts…".
    await expect.poll(async () => (await watch.readCard()).text, { timeout: 5000 }).toMatch(/Mentioned in \d+ source/);
    await shoot(page, 'card-light');
  });

  test('keyboard focus ring and the card it opens', async ({ page, origin, watch, ext, tabIdOf }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${origin}/fixtures/inline/article.html`);
    await watch.settle({ must: ['MP Materials', 'Lynas Rare Earths'] });
    const tabId = await tabIdOf(page);
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
    await popup.close();
  });

  test('a saved article: popup and saved list', async ({ page, origin, openPopup, watch, context, extensionId }) => {
    await page.goto(`${origin}/fixtures/inline/article.html`);
    await watch.settle({ must: ['MP Materials'] });
    const popup = await openPopup(page);
    await popup.setViewportSize(POPUP_VIEWPORT);
    await popup.getByRole('button', { name: 'Save article' }).click();
    await expect(popup.getByRole('status').filter({ hasText: /Saved: \d+ dated facts?/ })).toBeVisible({ timeout: 20_000 });
    const lib = await context.newPage();
    try {
      await popup.getByRole('button', { name: 'Oldest first' }).click();
      // Scrolled by script: the live timeline may re-render under an actionability wait, and a year
      // off screen is not laid out (`content-visibility: auto`), so the badge is brought into view first.
      await expect(popup.locator('.source .badge').first()).toBeAttached();
      await popup.locator('.source .badge').first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect(popup.locator('.source .badge').first()).toBeVisible();
      await shoot(popup, 'popup-saved');
      await lib.goto(`chrome-extension://${extensionId}/library.html#/saved`);
      await expect(lib.getByRole('button', { name: /^Delete / })).toHaveCount(1);
      await shoot(lib, 'library-saved-one');
    } finally {
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
      await page.goto(`chrome-extension://${extensionId}/library.html#/entity/company-lynas`);
      await expect(page.getByRole('heading', { name: /Lynas Rare Earths/, level: 1 })).toBeVisible();
      await page.waitForTimeout(300);
      await shoot(page, `library-entity-${scheme}`);
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

