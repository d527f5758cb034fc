/**
 * Reads the seed articles from `seeds/` (Node only): every `*.txt` with its `.meta.json`, sorted by
 * file name. The one reader shared by the `kb` CLI and the knowledge-base tests, so the tests check
 * exactly what the build reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SeedInput, SeedMeta } from '../lib/knowledge/build-bundle';

export const SEEDS_DIR = import.meta.dirname;
export const BUNDLE_FILE = path.resolve(SEEDS_DIR, '../lib/knowledge/seed-bundle.json');
/** The compact match dictionary the content script ships (`lib/catalog/match-dictionary.ts`). */
export const DICTIONARY_FILE = path.resolve(SEEDS_DIR, '../lib/knowledge/dictionary.json');
/** The common English words and demonyms the extension ships (`seeds/common-words.ts`). */
export const COMMON_WORDS_FILE = path.resolve(SEEDS_DIR, '../lib/text/common-words.json');
/** The same dictionary compiled for the spotter (`lib/spotter/compiled-dictionary.ts`): what the content script walks. */
export const COMPILED_DICTIONARY_FILE = path.resolve(SEEDS_DIR, '../lib/knowledge/compiled-dictionary.txt');

export function readSeeds(): SeedInput[] {
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const stem = f.slice(0, -4);
      const meta = JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, `${stem}.meta.json`), 'utf8')) as SeedMeta;
      return { stem, raw: fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8'), meta };
    });
}

/** The phrases and acronyms a curator reviewed and found not to be entities (`kb:report`). */
export function readReviewed(): Record<string, string> {
  const file = path.join(SEEDS_DIR, 'report-reviewed.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { reviewed: Record<string, string> }).reviewed;
}
