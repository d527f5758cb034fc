/**
 * The floors that live in the extension, added to a private copy of a built extension (never to
 * `.output`): a no-op content script (run when Lodestone's main script runs, on `/bench/noop/`
 * pages, which Lodestone's own scripts then skip) and an empty extension page. `npm run bench` and
 * `tab-heap.ts` load the copy.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Copies the built extension in `from` to a new temporary directory with the floors added; returns it. */
export function extensionWithFloors(from: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-bench-ext-'));
  fs.cpSync(from, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    content_scripts: { matches: string[]; exclude_matches?: string[]; run_at?: string; js?: string[] }[];
  };
  // The floor runs when Lodestone's main script does (not its document_start early read).
  const runAt = manifest.content_scripts.find((cs) => cs.js?.includes('content-scripts/content.js'))?.run_at ?? 'document_idle';
  for (const cs of manifest.content_scripts) cs.exclude_matches = [...(cs.exclude_matches ?? []), '*://*/bench/noop/*'];
  // Any scheme (`*://`): Chromium grants a content script's match patterns to the extension as host
  // permissions, and Lodestone takes a granted `http://127.0.0.1/bench/noop/*` for a site the reader
  // granted and runs there too (lib/background/site-access.ts leaves wildcard patterns alone). Until
  // 7 Dec 2026 it did: the no-op pages also ran Lodestone.
  manifest.content_scripts.push({ matches: ['*://127.0.0.1/bench/noop/*'], run_at: runAt, js: ['bench-noop.js'] });
  fs.writeFileSync(file, JSON.stringify(manifest));
  // It also times one small storage.local read (the settings): the IPC round trip that any content
  // script reading its settings pays, the floor under Lodestone's own read of settings and overlay.
  fs.writeFileSync(
    path.join(dir, 'bench-noop.js'),
    'const t = (globalThis.benchNoopTimings = { "script-start": performance.now() });\n' +
      'chrome.storage.local.get("settings").then(() => { t["storage-read"] = performance.now(); }, (e) => { t.error = String(e); });\n',
  );
  fs.writeFileSync(
    path.join(dir, 'bench-empty.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lodestone</title></head><body><p>Lodestone</p></body></html>\n',
  );
  return dir;
}
