/**
 * Whole-word search of a catalog form in raw seed text, used by build-time validation to prove
 * that every alias the catalog claims the seeds use really occurs in them. It deliberately mirrors
 * the matcher's rules (case rule, word boundaries, plural `s`) without being the matcher: the
 * validator must not depend on the code it is meant to check.
 */
import type { CaseRule } from './schema';

// Apostrophe look-alikes: typographic quotes, a modifier letter, and the Thai-874 mojibake lead
// byte `โ` that seed 003 has where `’` was lost (`Chinaโs`). Folded so `Quebec` is found there.
const APOSTROPHES = /[’‘ʼ`´โ]/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const PLURAL = /^e?s(?![\p{L}\p{N}])/u;

/** Folds apostrophe look-alikes to `'` and runs of white space (including NBSP) to one space. */
export function foldForSearch(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(/\s+/g, ' ');
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);

/** Whether `needle` occurs in `hay` at a word start and ends at a word end (or before a plural). */
function occursBounded(hay: string, needle: string, plural: boolean): boolean {
  if (needle.length === 0) return false;
  const checkStart = isWordChar(needle[0]);
  const checkEnd = isWordChar(needle[needle.length - 1]);
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    if (checkStart && isWordChar(hay[at - 1])) continue;
    const end = at + needle.length;
    if (checkEnd && isWordChar(hay[end]) && !(plural && PLURAL.test(hay.slice(end, end + 3)))) continue;
    return true;
  }
  return false;
}

/** Seed texts folded once for repeated searches (`lower` is the folded text in lower case). */
export interface SeedIndex {
  texts: { folded: string; lower: string }[];
}

/** Folds each seed once so hundreds of searches do not refold it. */
export function indexSeeds(seedTexts: readonly string[]): SeedIndex {
  return {
    texts: seedTexts.map((t) => {
      const folded = foldForSearch(t);
      return { folded, lower: folded.toLowerCase() };
    }),
  };
}

/**
 * The indices of the seeds in which `form` occurs as a whole word under its case rule:
 * `exact` — as written; `name` — as written or in ALL CAPS; `any` — in any case.
 * `plural` also accepts `s`/`es` right after the form (the matcher's rule for materials, companies).
 */
export function seedsContaining(index: SeedIndex, form: string, rule: CaseRule, plural = false): number[] {
  const needle = foldForSearch(form);
  const found: number[] = [];
  index.texts.forEach(({ folded, lower }, i) => {
    const hit =
      rule === 'any'
        ? occursBounded(lower, needle.toLowerCase(), plural)
        : occursBounded(folded, needle, plural) || (rule === 'name' && occursBounded(folded, needle.toUpperCase(), plural));
    if (hit) found.push(i);
  });
  return found;
}
