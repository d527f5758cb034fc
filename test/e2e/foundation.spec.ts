import { expect, test } from './fixtures';

test.describe('foundation', () => {
  test('the service worker runs and the extension id is known', async ({ extensionId }) => {
    expect(extensionId).toMatch(/^[a-p]{32}$/);
  });

  test('the content script runs on a served page', async ({ page, origin, errors }) => {
    await page.goto(`${origin}/news/001_6f84e4f316e2596c.html`);
    await expect(page.locator('html')).toHaveAttribute('data-lodestone', /.+/, { timeout: 10_000 });
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
    await expect(page.getByRole('heading', { name: /Lodestone/ })).toBeVisible();
    expect(errors.extensionErrors).toEqual([]);
  });
});
