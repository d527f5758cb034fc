/**
 * `npx tsx seeds/lexicon/check.ts`: composes the dictionary (catalog + generated countries + every
 * lexicon file) and prints every problem `validateDictionary` finds, with counts per kind.
 * Exit code 1 when there is a problem. Curators run it after each edit.
 */
import { validateDictionary } from '../../lib/catalog/validate';
import { readDictionary } from '../dictionary';

const entities = readDictionary();
const problems = validateDictionary(entities);
const kinds = new Map<string, number>();
for (const e of entities) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
console.log(`${entities.length} entities (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')})`);
for (const p of problems) console.log(`- ${p}`);
console.log(problems.length ? `${problems.length} problem(s)` : 'no problems');
process.exit(problems.length ? 1 : 0);
