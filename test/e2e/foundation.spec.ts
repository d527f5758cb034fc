import { expect, test } from './fixtures';

test.describe('foundation', () => {
  test('the service worker runs and the extension id is known', async ({ extensionId }) => {
    expect(extensionId).toMatch(/^[a-p]{32}$/);
  });

  test('the content script runs on a served page', async ({ page, origin, errors }) => {
    await page.goto(`${origin}/news/001_6f84e4f316e2596c.html`);
    // The content script's only DOM addition is its host element, marked ready once the page is read.
    await expect(page.locator('lodestone-host[data-state="ready"]')).toHaveCount(1, { timeout: 10_000 });
    expect(await page.locator('lodestone-host').count()).toBe(1);
    expect(errors.pageErrors).toEqual([]);
  });

  test('the popup renders with Preact for a tab', async ({ page, origin, openPopup, errors }) => {
    await page.goto(`${origin}/news/000_e404f21d1686c65e.html`);
    const popup = await openPopup(page);
    await expect(popup.getByRole('heading', { name: /Lodestone/ })).toBeVisible();
    await popup.close();
    expect(errors.extensionErrors).toEqual([]);
  });

  test('the library page renders', async ({ page, extensionId, errors }) => {
    await page.goto(`chrome-extension://${extensionId}/library.html`);
    await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
    expect(errors.extensionErrors).toEqual([]);
  });
});
