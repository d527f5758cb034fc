/**
 * A trie candidate: one way of matching one entity, as the walk checks it on the page text (case
 * rule, plural, ambiguity rule). The trie itself is compiled (`compiled-trie.ts`); candidates are
 * made from it on first use (`layers.ts`).
 */
import { inferCaseRule } from '../catalog/case-rule';
import type { CaseRule, EntityKind } from '../catalog/schema';
import { classOf, LOWER, SPACE, UPPER } from './fold';

/** One way of matching one entity: an alias (or the name) with its rules. */
export interface Candidate {
  entityId: string;
  /** The entity's kind; `''` for a stop phrase. */
  kind: EntityKind | '';
  /** The alias in its catalog case, spaces collapsed (same length as its key). */
  form: string;
  rule: CaseRule;
  /** Entity ids of which one must be found unambiguously in the same document. */
  requires: string[] | undefined;
  /** 0: no plural; 1: `s`; 2: `s` or `es` (keys ending in s, x, z, ch, sh). */
  plural: 0 | 1 | 2;
  /** An `exact` form of capital letters only (`US`, `ARE`): the all-caps-run rule applies. */
  acronym: boolean;
  /** Offsets in `form` whose letter case is free (see `freeCaseMask`); null when none is. */
  free: Uint8Array | null;
  /** A chemical symbol: counts only in a list of materials or before a material noun. */
  symbol: boolean;
  /** A stop phrase (`US$`): matched so that no shorter name inside it is, and emits nothing. */
  stop: boolean;
}

/** The one case-rule inference (lib/catalog/case-rule.ts), re-exported for the spotter's callers. */
export { inferCaseRule };

/** Lower-case heads of a site's name that its owner writes with a capital (see `freeCaseMask`). */
const SITE_HEADS = new Set([
  'project',
  'mine',
  'plant',
  'deposit',
  'refinery',
  'facility',
  'smelter',
  'prospect',
  'complex',
  'hub',
  'mill',
  'operation',
  'operations',
]);

/**
 * Which letters of `form` may take any case under `rule`. `name`: the letters after the first of
 * each word written with a lower-case letter (`REAlloys` → `REalloys`, `NdFeB` → `Ndfeb`), because
 * keeping the first capital cannot turn a name into an English word. `styled`: also the letters
 * after the first of each all-capitals word of four or more (`JOGMEC` → `Jogmec`). Also the first
 * letter of a site's lower-case head that ends a longer name (`Bahia project` → `Bahia Project`).
 */
export function freeCaseMask(form: string, rule: CaseRule): Uint8Array | null {
  if (rule !== 'name' && rule !== 'styled') return null;
  let mask: Uint8Array | null = null;
  let w = 0;
  while (w < form.length) {
    let e = w;
    while (e < form.length && !(classOf(form.charCodeAt(e)) & SPACE) && form[e] !== '-') e++;
    let lower = false;
    let upper = 0;
    for (let i = w; i < e; i++) {
      const k = classOf(form.charCodeAt(i));
      if (k & LOWER) lower = true;
      else if (k & UPPER) upper++;
    }
    const freeWord = lower || (rule === 'styled' && upper >= 4);
    if (freeWord && e - w > 1) {
      mask ??= new Uint8Array(form.length);
      for (let i = w + 1; i < e; i++) mask[i] = 1;
    }
    // A site's lower-case head ending a name (`Bahia project`, `La Rochelle plant`) is capitalised
    // by its owner's releases and by tables (`Bahia Project`): its first letter is free too.
    if (w > 0 && e === form.length && upper === 0 && SITE_HEADS.has(form.slice(w, e))) {
      mask ??= new Uint8Array(form.length);
      mask[w] = 1;
    }
    w = e + 1;
  }
  return mask;
}
