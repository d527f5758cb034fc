/**
 * `npm run package`: the store packages and the Firefox lint report, in one command.
 *
 * 1. `wxt zip` for Chrome (`.output/lodestone-<version>-chrome.zip`, for the Chrome Web Store);
 * 2. `wxt zip -b firefox` (`…-firefox.zip`, and `…-sources.zip`, the sources archive
 *    addons.mozilla.org asks for: the reviewer rebuilds with `npm ci && npx wxt build -b firefox`);
 * 3. `web-ext lint` on the Firefox build, written to `.output/web-ext-lint.json`. Exits non-zero on
 *    any lint error or on a warning the README does not explain (see README, "Store packages").
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './build';

const OUT = path.join(ROOT, '.output');
const REPORT = path.join(OUT, 'web-ext-lint.json');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

/**
 * The warnings the README explains, each recognised by its code and by the bundled dependency whose
 * code it points into (found from the text around the reported column, so a new innerHTML of our
 * own, or in another dependency, is not waved through).
 */
const EXPLAINED: { code: string; dependency: string; marker: RegExp; why: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    dependency: '@mozilla/readability',
    marker: /_attempts|readability-page|_isSingleImage|FLAG_STRIP_UNLIKELYS/,
    why: 'Readability moves the page’s own markup inside the detached clone it parses when saving (never the live page, never extension text)',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    dependency: 'preact',
    marker: /dangerouslySetInnerHTML/,
    why: 'Preact’s dangerouslySetInnerHTML branch; Lodestone never passes that prop (test/lint.mjs bans it)',
  },
];

function run(cmd: string, args: string[]): void {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
}

/** The dependency whose code surrounds `line:column` of a built file, if it is an explained one. */
function explain(w: LintMessage, dir: string): (typeof EXPLAINED)[number] | undefined {
  if (!w.file || w.line === undefined) return undefined;
  const file = path.join(dir, w.file);
  if (!fs.existsSync(file)) return undefined;
  const line = fs.readFileSync(file, 'utf8').split('\n')[w.line - 1] ?? '';
  const col = w.column ?? 0;
  const around = line.slice(Math.max(0, col - 600), col + 300);
  return EXPLAINED.find((e) => e.code === w.code && e.marker.test(around));
}

function main(): void {
  run('npx', ['wxt', 'zip']);
  run('npx', ['wxt', 'zip', '-b', 'firefox']);
  const firefoxDir = path.join(OUT, 'firefox-mv3');
  console.log(`\n$ npx web-ext lint --source-dir ${path.relative(ROOT, firefoxDir)} --output json`);
  const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', firefoxDir, '--output', 'json', '--no-config-discovery'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const start = lint.stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint printed no report:\n${lint.stdout}\n${lint.stderr}`);
  const report = JSON.parse(lint.stdout.slice(start)) as LintReport;
  fs.writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);

  let unexplained = 0;
  for (const e of report.errors) console.log(`  error   ${e.code} ${e.file ?? ''}:${e.line ?? ''} ${e.message}`);
  for (const w of report.warnings) {
    const why = explain(w, firefoxDir);
    if (!why) unexplained++;
    console.log(
      `  warning ${w.code} ${w.file ?? ''}:${w.line ?? ''}:${w.column ?? ''} ${why ? `— explained: ${why.dependency}: ${why.why}` : `— NOT EXPLAINED: ${w.message}`}`,
    );
  }
  const zips = fs
    .readdirSync(OUT)
    .filter((f) => f.endsWith('.zip'))
    .sort();
  console.log(`\nPackages in .output/: ${zips.map((z) => `${z} (${Math.round(fs.statSync(path.join(OUT, z)).size / 1024)} KiB)`).join(', ')}`);
  console.log(
    `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${unexplained} not explained), ${report.summary.notices} notices; report in ${path.relative(ROOT, REPORT)}`,
  );
  if (report.summary.errors > 0 || unexplained > 0) process.exit(1);
}

main();
