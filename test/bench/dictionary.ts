/**
 * The benchmark's dictionary: every name and alias in the catalog (what Lodestone matches), the
 * same list as one regular expression for mark.js, and a padded catalog of 5,000 names to show how
 * the matcher scales with the dictionary.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Entity } from '../../lib/catalog/schema';
import { createRandom } from './pages';

/** The catalog file the content script bundles. */
export const CATALOG_FILE = path.resolve(import.meta.dirname, '../../seeds/catalog.json');

/** The catalog's entities. */
export function readCatalog(): Entity[] {
  return (JSON.parse(fs.readFileSync(CATALOG_FILE, 'utf8')) as { entities: Entity[] }).entities;
}

/** Every name and alias text, unique, longest first (so an alternation prefers the longest). */
export function dictionaryNames(entities: readonly Entity[]): string[] {
  const set = new Set<string>();
  for (const e of entities) {
    set.add(e.name);
    for (const a of e.aliases) set.add(a.text);
  }
  return [...set].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The dictionary as one expression, as a mark.js user would write it: the names as an alternation
 * between word boundaries, any whitespace between words, case-insensitive.
 */
export function dictionaryRegExpSource(names: readonly string[]): string {
  const alts = names.map((n) => escapeRegExp(n).replace(/\s+/g, '\\s+'));
  return `(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`;
}

const SYLLABLES = [
  'ar',
  'bel',
  'cor',
  'dan',
  'el',
  'fen',
  'gar',
  'hol',
  'ir',
  'jun',
  'kar',
  'lin',
  'mor',
  'nor',
  'os',
  'pel',
  'quin',
  'ros',
  'sal',
  'tor',
  'ul',
  'vak',
  'wen',
  'xi',
  'yar',
  'zen',
];
const SUFFIXES = ['Minerals', 'Resources', 'Metals', 'Mining', 'Rare Earths', 'Materials', 'Holdings', 'Magnetics', 'Group', 'Corp'];

/**
 * The catalog padded with made-up companies (deterministic) until it holds `target` names, so the
 * matcher can be timed with a dictionary the size a real product would ship.
 */
export function paddedCatalog(entities: readonly Entity[], target = 5_000): Entity[] {
  const out = [...entities];
  let names = dictionaryNames(entities).length;
  const rnd = createRandom(5000);
  const seen = new Set(dictionaryNames(entities).map((n) => n.toLowerCase()));
  let i = 0;
  while (names < target) {
    const n = 2 + Math.floor(rnd() * 2);
    let stem = '';
    for (let k = 0; k < n; k++) stem += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]!;
    const base = stem[0]!.toUpperCase() + stem.slice(1);
    const name = `${base} ${SUFFIXES[Math.floor(rnd() * SUFFIXES.length)]!}`;
    if (seen.has(name.toLowerCase()) || seen.has(base.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    seen.add(base.toLowerCase());
    const entity = {
      id: `bench-pad-${i++}`,
      name,
      kind: 'company',
      aliases: [{ text: base, case: 'name' }],
      description: 'Padding for the benchmark.',
    } as unknown as Entity;
    out.push(entity);
    names += 2;
  }
  return out;
}

/**
 * `n` entities a reader might have added (made-up companies, each with a name and a short form, as
 * the library's add form makes them), as match entities; the benchmark adds them to the store
 * (`lodestoneDebug.addUserEntities`), which publishes them compiled: the path the product takes.
 */
export function userEntities(entities: readonly Entity[], n = 1_000): { id: string; name: string; kind: string; aliases: { text: string }[] }[] {
  const made = paddedCatalog(entities, dictionaryNames(entities).length + 2 * n).slice(entities.length, entities.length + n);
  return made.map((e, i) => ({ id: `user-bench-${i}`, name: e.name, kind: e.kind, aliases: e.aliases.map((a) => ({ text: a.text })) }));
}
