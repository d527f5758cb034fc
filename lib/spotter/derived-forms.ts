/**
 * Forms of a name the news writes that follow from the entity itself, so no curator has to type
 * them: a company's tickers (from its listings) and the dotted spelling of an acronym inside a
 * longer name (`M.P. Materials`). Pure; the trie adds them beside the entity's own forms, so user
 * entities get them too. (A place's government, `Government of Saskatchewan`, is not a form but an
 * affix the matcher reads around the place's name: `place-affix.ts`.)
 */
import { listingForms } from '../catalog/exchanges';
import type { MatchEntity } from '../catalog/match-dictionary';
import type { Alias, Entity } from '../catalog/schema';

/** A two-to-four-letter acronym word (`MP`, `USA`). */
const ACRONYM_WORD = /^[A-Z]{2,4}$/;

/** `MP Materials` → `M.P. Materials` (only for names of two or more words). */
function dottedForms(text: string): string[] {
  const words = text.split(' ');
  if (words.length < 2 || !words.some((w) => ACRONYM_WORD.test(w))) return [];
  return [words.map((w) => (ACRONYM_WORD.test(w) ? `${w.split('').join('.')}.` : w)).join(' ')];
}

/** The derived forms of one entity, as aliases: tickers are exact and take no plural. */
export function derivedForms(entity: Entity | MatchEntity): Alias[] {
  const out: Alias[] = [];
  for (const l of entity.listings ?? []) for (const text of listingForms(l)) out.push({ text, case: 'exact', noPlural: true });
  for (const f of [{ text: entity.name } as Alias, ...entity.aliases]) {
    for (const text of dottedForms(f.text)) out.push({ ...f, text, variant: true });
  }
  return out;
}
