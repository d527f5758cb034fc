/**
 * The spotter's dictionary: a trie over the folded keys of every entity name and alias. A node's
 * `out` lists the candidates whose key ends there; the case rule, plural and ambiguity rule of each
 * are checked on the page text only when the walk reaches it.
 */
import { inferCaseRule } from '../catalog/load';
import type { MatchEntity } from '../catalog/match-dictionary';
import type { CaseRule, Entity, EntityKind } from '../catalog/schema';
import { derivedForms } from './derived-forms';
import { classOf, LOWER, normaliseAlias, SPACE, UPPER, WORD } from './fold';

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

/**
 * A trie node; children keyed by folded UTF-16 unit, `32` standing for any run of spaces. Most
 * nodes of a name trie have one child, kept inline (`key`, `only`): a Map per node made building
 * 250 entities cost several milliseconds more.
 */
export interface TrieNode {
  key: number;
  only: TrieNode | null;
  next: Map<number, TrieNode> | null;
  out: Candidate[] | null;
}

/** The child of `node` under folded unit `c`. */
export function childOf(node: TrieNode, c: number): TrieNode | undefined {
  if (node.next !== null) return node.next.get(c);
  return node.key === c && node.only !== null ? node.only : undefined;
}

function newNode(): TrieNode {
  return { key: -1, only: null, next: null, out: null };
}

/** Letters only, all capitals (`US`, `ARE`; not `U.S.`, `DoD`, `300224.SZ`). */
function isAllCapitals(form: string): boolean {
  for (let i = 0; i < form.length; i++) if (!(classOf(form.charCodeAt(i)) & UPPER)) return false;
  return form.length > 0;
}

/** The one case-rule inference (lib/catalog/load.ts), re-exported for the spotter's callers. */
export { inferCaseRule };

/**
 * Which letters of `form` may take any case under `rule`. `name`: the letters after the first of
 * each word written with a lower-case letter (`REAlloys` → `REalloys`, `NdFeB` → `Ndfeb`), because
 * keeping the first capital cannot turn a name into an English word. `styled`: also the letters
 * after the first of each all-capitals word of four or more (`JOGMEC` → `Jogmec`).
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
    w = e + 1;
  }
  return mask;
}

function pluralOf(key: string, allowed: boolean): 0 | 1 | 2 {
  const last = key.charCodeAt(key.length - 1);
  if (!allowed || !(classOf(last) & WORD)) return 0;
  return /(?:s|x|z|ch|sh)$/.test(key) ? 2 : 1;
}

function insert(root: TrieNode, key: string, candidate: Candidate): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    let child = childOf(node, c);
    if (!child) {
      child = newNode();
      if (node.only === null) {
        node.key = c;
        node.only = child;
      } else {
        node.next ??= new Map([[node.key, node.only]]);
        node.next.set(c, child);
      }
    }
    node = child;
  }
  (node.out ??= []).push(candidate);
}

/**
 * Builds the trie of `entities`: each entity's name (no rule), its aliases and its derived forms
 * (tickers, dotted acronyms, its government: `derived-forms.ts`), then the stop phrases. An alias
 * whose text is the name's replaces it, so a catalog can put a rule on the bare name; the first
 * of two identical forms wins. Empty keys are ignored.
 */
export function buildTrie(entities: readonly (Entity | MatchEntity)[], stopPhrases: readonly string[] = []): TrieNode {
  const root = newNode();
  for (const entity of entities) {
    const pluralKind = entity.kind === 'material' || entity.kind === 'company';
    const forms = new Set<string>();
    const add = (text: string, rule: CaseRule | undefined, requires: string[] | undefined, noPlural: boolean, symbol: boolean): void => {
      const { form, key } = normaliseAlias(text);
      if (!key || forms.has(form)) return;
      const r = rule ?? inferCaseRule(form);
      forms.add(form);
      insert(root, key, {
        entityId: entity.id,
        kind: entity.kind,
        form,
        rule: r,
        requires: requires && requires.length > 0 ? requires : undefined,
        plural: pluralOf(key, pluralKind && !noPlural && !symbol),
        acronym: r === 'exact' && isAllCapitals(form),
        free: freeCaseMask(form, r),
        symbol,
        stop: false,
      });
    };
    for (const alias of entity.aliases) add(alias.text, alias.case, alias.requires, alias.noPlural === true, alias.symbol === true);
    add(entity.name, undefined, undefined, false, false);
    for (const alias of derivedForms(entity)) add(alias.text, alias.case, alias.requires, alias.noPlural === true, false);
  }
  for (const text of stopPhrases) {
    const { form, key } = normaliseAlias(text);
    if (!key) continue;
    const rule = inferCaseRule(form);
    insert(root, key, { entityId: '', kind: '', form, rule, requires: undefined, plural: 0, acronym: false, free: freeCaseMask(form, rule), symbol: false, stop: true });
  }
  return root;
}
