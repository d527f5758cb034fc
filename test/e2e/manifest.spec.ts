/**
 * Least privilege, pinned (issue 8, item 6). The built manifest's permissions, host access, content
 * script reach and CSP are pinned here: widening any of them fails this test and must be justified
 * (README, Permissions) before the pin is moved. At run time, extension pages load with no CSP
 * violation (no eval / new Function under the default CSP), and no extension context makes a
 * network request anywhere but 127.0.0.1 and its own package.
 */
import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import path from 'node:path';
import { chromium, type Request } from '@playwright/test';
import { EXTENSION_DIR } from '../harness/build';
import { findChromium } from '../harness/chromium';
import { chromiumArgs } from '../harness/launch';
import { expect, fixtureUrl, PageWatch, reloadExtension, test, waitFor } from './hostile-helpers';

interface Manifest {
  [key: string]: unknown;
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: {
    matches: string[];
    all_frames?: boolean;
    match_about_blank?: boolean;
    match_origin_as_fallback?: boolean;
    world?: string;
    js?: string[];
    run_at?: string;
  }[];
  background?: { service_worker?: string; type?: string; scripts?: string[] };
}

const readManifest = (): Manifest => JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

test.describe('manifest: least privilege, pinned', () => {
  test('permissions, host access and content-script reach are exactly the pinned set', () => {
    const m = readManifest();
    expect(m.manifest_version).toBe(3);
    // Each one is justified in the README (Permissions): storage (settings, unlimitedStorage for the
    // saved library), activeTab + scripting (annotate/save on click), contextMenus (save from menu).
    expect([...(m.permissions ?? [])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
    // Always-on only for the loopback sample pages; every other site is opt-in at run time.
    expect(m.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.optional_permissions ?? []).toEqual([]);
    // Lodestone's content script at document_idle, and its early storage read at document_start
    // (issue 14: lib/settings/early-read.ts), on exactly the same pages and nowhere else.
    expect(m.content_scripts?.map((c) => [c.js, c.run_at])).toEqual([
      [['content-scripts/content.js'], 'document_idle'],
      [['content-scripts/early.js'], 'document_start'],
    ]);
    for (const cs of m.content_scripts!) {
      expect(cs.matches).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
      expect(cs.all_frames ?? false, 'content script in every frame').toBe(false);
      expect(cs.match_about_blank ?? false).toBe(false);
      expect(cs.match_origin_as_fallback ?? false).toBe(false);
      expect(cs.world ?? 'ISOLATED', 'content script world').toBe('ISOLATED');
    }
    expect(m.background?.service_worker).toBe('background.js');
    // Keys that would widen what the extension exposes or trusts.
    for (const key of [
      'web_accessible_resources',
      'externally_connectable',
      'content_security_policy',
      'sandbox',
      'declarative_net_request',
      'oauth2',
      'key',
      'update_url',
      'chrome_url_overrides',
    ]) {
      expect(m[key], `manifest key ${key}`).toBeUndefined();
    }
  });

  test('the default extension CSP is kept and no code is loaded from elsewhere', () => {
    const m = readManifest();
    // No `content_security_policy` key: Chromium applies its MV3 default,
    // "script-src 'self'; object-src 'self'" (no eval, no remote scripts).
    expect(m.content_security_policy).toBeUndefined();
    const files = listFiles(EXTENSION_DIR);
    for (const f of files.filter((x) => x.endsWith('.html'))) {
      const html = fs.readFileSync(f, 'utf8');
      expect(html.match(/<script[^>]+src=["']?(?:https?:)?\/\//gi) ?? [], `${path.basename(f)}: remote scripts`).toEqual([]);
      expect(html.match(/<link[^>]+href=["']?(?:https?:)?\/\//gi) ?? [], `${path.basename(f)}: remote stylesheets`).toEqual([]);
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/gi) ?? [], `${path.basename(f)}: inline scripts (refused by the CSP)`).toEqual([]);
    }
    for (const f of files.filter((x) => x.endsWith('.js'))) {
      const js = fs.readFileSync(f, 'utf8');
      expect(js.match(/\bimportScripts\(\s*["'`]https?:|\bimport\(\s*["'`]https?:/g) ?? [], `${path.relative(EXTENSION_DIR, f)}: remote code`).toEqual([]);
    }
  });

  test('the loaded extension holds exactly the pinned permissions', async ({ ext }) => {
    const granted = await ext.worker.evaluate(async () => {
      const c = (
        globalThis as unknown as {
          chrome: { permissions: { getAll(): Promise<{ permissions?: string[]; origins?: string[] }> }; runtime: { getManifest(): Record<string, unknown> } };
        }
      ).chrome;
      const all = await c.permissions.getAll();
      return { permissions: (all.permissions ?? []).sort(), origins: (all.origins ?? []).sort(), csp: c.runtime.getManifest().content_security_policy ?? null };
    });
    expect(granted).toEqual({
      permissions: ['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'],
      origins: ['http://127.0.0.1/*', 'http://localhost/*'],
      csp: null,
    });
  });

  test('extension pages load with no CSP violation', async ({ page, extensionId, errors }) => {
    for (const name of ['popup.html', 'library.html']) {
      const watch = await PageWatch.attach(page);
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      await page.waitForLoadState('load');
      await page.waitForTimeout(800);
      const report = await watch.report();
      expect(report.violations, `${name}: CSP violations`).toEqual([]);
      expect(
        watch.consoleProblems.filter((p) => /Content Security Policy|Trusted Type/i.test(p)),
        `${name}: CSP console errors`,
      ).toEqual([]);
      await watch.detach();
    }
    expect(errors.extensionErrors).toEqual([]);
  });

  test('no extension context makes a network request except to 127.0.0.1 and its own package', async ({ origin }) => {
    // A browser of its own, launched with a recording proxy: anything not on loopback (which
    // Chromium never proxies) lands in `proxied`, from the very first moment, service worker start-up
    // included. Requests Playwright sees are checked too, with the context that made them.
    const proxy = await startRecordingProxy();
    const context = await chromium.launchPersistentContext('', {
      executablePath: findChromium(),
      headless: true,
      args: [...chromiumArgs(EXTENSION_DIR), `--proxy-server=http://127.0.0.1:${proxy.port}`],
      viewport: { width: 1280, height: 900 },
    });
    const seen: string[] = [];
    const allowed = (url: string) =>
      url.startsWith('chrome-extension://') || url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:');
    const record = (req: Request) => {
      if (!allowed(req.url())) seen.push(`${req.serviceWorker() ? 'service worker' : 'page'}: ${req.method()} ${req.url()}`);
    };
    context.on('request', record);
    await context.route('**/*', (route) => (allowed(route.request().url()) ? route.continue() : route.abort()));
    try {
      let [worker] = context.serviceWorkers();
      worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
      const extensionId = new URL(worker.url()).host;
      const page = await context.newPage();
      const watch = await PageWatch.attach(page);
      await page.goto(fixtureUrl(origin, 'article-basic.html'));
      await watch.settle({ must: ['MP Materials'], quiet: false });
      await waitFor(async () => {
        await page.mouse.move(1, 1);
        await watch.hover('MP Materials');
        await page.waitForTimeout(300);
        return (await watch.readCard()).text.trim() !== '';
      }, 4000);
      for (const name of ['popup.html', 'library.html']) {
        const p = await context.newPage();
        await p.goto(`chrome-extension://${extensionId}/${name}`);
        await p.waitForTimeout(800);
        await p.close();
      }
      // A fresh start of the service worker under watch (install/update handlers included).
      const fresh = await reloadExtension(context, worker);
      await page.waitForTimeout(1500);
      // Positive control: a request the worker makes on purpose must be seen (and blocked).
      await fresh.evaluate(() => fetch('http://lodestone-canary.invalid/').catch(() => null));
      await page.waitForTimeout(300);
      await watch.detach();
    } finally {
      await context.close();
      await proxy.close();
    }
    const canary = (line: string) => line.includes('lodestone-canary.invalid');
    expect(seen.filter(canary).length, 'the service worker’s canary request was seen (positive control)').toBeGreaterThan(0);
    expect(
      seen.filter((l) => !canary(l)),
      'requests to anywhere but 127.0.0.1 and the extension',
    ).toEqual([]);
    // The proxy sees everything that leaves loopback, including Chromium's own services (component
    // and extension updater, sign-in), which no extension context can be blamed for.
    const browserServices =
      /^(?:CONNECT |\w+ https?:\/\/)(?:update\.googleapis\.com|accounts\.google\.com|clients\d*\.google\.com|[\w-]+\.gvt1\.com|optimizationguide-pa\.googleapis\.com|safebrowsing\.googleapis\.com|content-autofill\.googleapis\.com|www\.google\.com)[:/]/;
    test.info().annotations.push({ type: 'browser service requests', description: String(proxy.requests.filter((r) => browserServices.test(r)).length) });
    expect(
      proxy.requests.filter((r) => !browserServices.test(r) && !canary(r)),
      'requests that left loopback (recorded by the proxy)',
    ).toEqual([]);
  });
});

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** A proxy on 127.0.0.1 that records every request (plain or CONNECT) and answers 403. */
async function startRecordingProxy(): Promise<{ port: number; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket: net.Socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
