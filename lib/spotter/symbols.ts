/**
 * Chemical symbols are names only in context. `Dy and Tb`, `Nd/Pr`, `(Nd, Pr, Dy and Tb)`,
 * `dysprosium (Dy)`, `Dy oxide`, `Nd metal` name elements; a lone `Nd`, `Pr` or `Co` in a sentence
 * about something else does not (`Co., Ltd.`, `PR`, a grade label). A symbol match survives when it
 * is joined to another material mention by a list separator, follows its own element in brackets,
 * or comes before a material noun.
 */
import type { EntityKind } from '../catalog/schema';
import type { SpotMatch } from './types';

/** What joins two items of a list of materials: `, `, ` and `, `/`, `-`, `&`, `+`, `, or `. */
const JOIN = /^\s*(?:,\s*(?:and|or)?|\/|&|\+|-|\u2013|and|or)\s*$/;
/** Nouns that make a symbol before them a material: `Dy oxide`, `Nd metal`, `Tb content`. */
const NOUN =
  /^[\s-]*(?:oxides?|metals?|alloys?|content|concentrates?|carbonates?|chlorides?|fluorides?|nitrates?|feedstock|prices?|production|output|supply|recovery|separation|products?|magnets?|ores?|salts?|compounds?|reserves?|resources?)(?![\p{L}\p{N}])/iu;

function isMaterial(m: SpotMatch | undefined, kinds: Pick<ReadonlyMap<string, EntityKind>, 'get'>): m is SpotMatch {
  return m !== undefined && kinds.get(m.entityId) === 'material';
}

/** Drops the symbol matches of `matches` (sorted, from one text) that stand outside such a context. */
export function keepSymbolsInContext(text: string, matches: readonly SpotMatch[], kinds: Pick<ReadonlyMap<string, EntityKind>, 'get'>): SpotMatch[] {
  return matches.filter((m, i) => {
    if (!m.symbol) return true;
    if (NOUN.test(text.slice(m.end, m.end + 24))) return true;
    const prev = matches[i - 1];
    const next = matches[i + 1];
    if (isMaterial(prev, kinds)) {
      const gap = text.slice(prev.end, m.start);
      if (JOIN.test(gap)) return true;
      if (prev.entityId === m.entityId && /^\s*\(\s*$/.test(gap)) return true; // dysprosium (Dy)
    }
    return isMaterial(next, kinds) && JOIN.test(text.slice(m.end, next.start));
  });
}
