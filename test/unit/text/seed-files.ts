/** Reads the seed articles for tests (Node only: tests run in Node). */
import fs from 'node:fs';
import path from 'node:path';

const SEEDS = path.resolve(import.meta.dirname, '../../../seeds');

/** Raw bytes of the seed whose file name starts with `prefix` (`'003'`), decoded as UTF-8. */
export function readSeed(prefix: string): string {
  const name = fs.readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`) && f.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${prefix}`);
  return fs.readFileSync(path.join(SEEDS, name), 'utf8');
}

/** All five seed prefixes. */
export const SEED_IDS = ['000', '001', '002', '003', '004'] as const;
