/**
 * The spotter's dictionary: a trie over the folded keys of every entity name and alias. A node's
 * `out` lists the candidates whose key ends there; the case rule, plural and ambiguity rule of each
 * are checked on the page text only when the walk reaches it.
 */
import type { CaseRule, Entity } from '../catalog/schema';
import { classOf, LOWER, normaliseAlias, UPPER, WORD } from './fold';

/** One way of matching one entity: an alias (or the name) with its rules. */
export interface Candidate {
  entityId: string;
  /** The alias in its catalog case, spaces collapsed (same length as its key). */
  form: string;
  rule: CaseRule;
  /** Entity ids of which one must be found unambiguously in the same document. */
  requires: string[] | undefined;
  /** 0: no plural; 1: `s`; 2: `s` or `es` (keys ending in s, x, z, ch, sh). */
  plural: 0 | 1 | 2;
  /** An `exact` form of capital letters only (`US`, `ARE`): the all-caps-run rule applies. */
  acronym: boolean;
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

function hasUnit(text: string, mask: number): boolean {
  for (let i = 0; i < text.length; i++) if (classOf(text.charCodeAt(i)) & mask) return true;
  return false;
}

/** Letters only, all capitals (`US`, `ARE`; not `U.S.`, `DoD`, `300224.SZ`). */
function isAllCapitals(form: string): boolean {
  for (let i = 0; i < form.length; i++) if (!(classOf(form.charCodeAt(i)) & UPPER)) return false;
  return form.length > 0;
}

/**
 * The case rule the catalog implies for an alias written without one (see `CaseRuleSchema`): no
 * lower-case letter → `exact`; starts with a capital → `name`; otherwise `any`.
 */
export function inferCaseRule(text: string): CaseRule {
  if (!hasUnit(text, LOWER)) return 'exact';
  return classOf(text.charCodeAt(0)) & UPPER ? 'name' : 'any';
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
 * Builds the trie of `entities`: each entity's name (no rule) and aliases. An alias whose text is
 * the name's replaces it, so a catalog can put a rule on the bare name. Empty keys are ignored.
 */
export function buildTrie(entities: readonly Entity[]): TrieNode {
  const root = newNode();
  for (const entity of entities) {
    const pluralKind = entity.kind === 'material' || entity.kind === 'company';
    const forms = new Map<string, Candidate>();
    const add = (text: string, rule: CaseRule | undefined, requires: string[] | undefined, noPlural: boolean): void => {
      const { form, key } = normaliseAlias(text);
      if (!key || forms.has(form)) return;
      const r = rule ?? inferCaseRule(form);
      const candidate: Candidate = {
        entityId: entity.id,
        form,
        rule: r,
        requires: requires && requires.length > 0 ? requires : undefined,
        plural: pluralOf(key, pluralKind && !noPlural),
        acronym: r === 'exact' && isAllCapitals(form),
      };
      forms.set(form, candidate);
      insert(root, key, candidate);
    };
    for (const alias of entity.aliases) add(alias.text, alias.case, alias.requires, alias.noPlural === true);
    add(entity.name, undefined, undefined, false);
  }
  return root;
}
