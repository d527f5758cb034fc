/**
 * The README's main job (`npm start`): builds the extension if needed and opens it in Chromium on
 * the bundled sample news pages (the seed articles laid out as news pages, served from 127.0.0.1).
 * With a display: a real window to browse. Without one: headless, it saves a screenshot of each
 * sample page and of the popup for it, and prints what it found (entities and facts per page).
 * With `--screenshots` (`npm run screenshots`): also refreshes the README's pictures in
 * docs/screenshots/ (see screenshots.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ensureBuilt, ROOT } from './build';
import { findChromium, hasDisplay } from './chromium';
import { launchWithExtension } from './launch';
import { seedStems, startServer } from './server';
import { takeScreenshots } from './screenshots';
import { describeTab } from './tab-report';

const OUT_DIR = path.join(ROOT, 'artifacts', 'demo');
const headless = process.argv.includes('--headless') || !hasDisplay();

async function main(): Promise<void> {
  findChromium();
  const extensionDir = ensureBuilt();
  const server = await startServer(Number(process.env.PORT ?? 0));
  console.log(`Serving the sample news pages at ${server.origin}/`);
  const { context, extensionId, worker } = await launchWithExtension(extensionDir, { headless, viewport: headless ? { width: 1280, height: 900 } : null });

  if (!headless) {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/`);
    console.log('Chromium is open with Lodestone loaded. Browse the sample pages; close the window to stop.');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    await server.close();
    return;
  }

  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const stem of seedStems()) {
    const page = await context.newPage();
    await page.goto(`${server.origin}/news/${stem}.html`);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(OUT_DIR, `${stem}-page.png`) });
    const report = await describeTab(worker, page);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 800, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${report.tabId}`);
    await popup.waitForTimeout(800);
    await popup.screenshot({ path: path.join(OUT_DIR, `${stem}-popup.png`) });
    await popup.close();
    console.log(`\n${stem}: ${report.title}`);
    console.log(`  highlights on the page: ${report.highlightCount}`);
    console.log(`  entities (${report.entities.length}): ${report.entities.map((e) => `${e.name} ×${e.count}`).join(', ') || 'none'}`);
    console.log(`  dated facts about them in the knowledge base: ${report.factCount}`);
    await page.close();
  }
  console.log(`\nScreenshots saved in ${OUT_DIR}`);
  if (process.argv.includes('--screenshots')) {
    const files = await takeScreenshots(context, extensionId, server.origin);
    console.log(`README screenshots: ${files.map((f) => path.relative(ROOT, f)).join(', ')}`);
  }
  await context.close();
  await server.close();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
