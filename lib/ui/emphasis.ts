/**
 * Splits a quoted sentence into plain and emphasised runs so the names of the fact's entities stand
 * out. The result is data (strings and entity ids) that components render as text nodes and
 * `<mark>` elements — never an HTML string, so a quote full of markup stays literal text.
 *
 * Only the fact's own entities are looked for, so the spotter's ambiguity rules have already been
 * applied; this only has to find where their names sit in the sentence.
 */
import { inferCaseRule } from '../catalog/load';
import { freeCaseMask } from '../spotter/trie';
import type { Alias, CaseRule, EntityKind } from '../catalog/schema';

/** A name to look for in a sentence. */
export interface EmphasisTerm {
  text: string;
  entityId: string;
  kind?: EntityKind;
  /** How case must match (the catalog's rule, or inferred from the text like the spotter does). */
  caseRule: CaseRule;
  /** Accept a plural `s` after the name (not marked). */
  plural?: boolean;
}

/** One run of a sentence: plain text, or a name belonging to `entityId`. */
export interface TextRun {
  text: string;
  entityId?: string;
  kind?: EntityKind;
}

export { inferCaseRule };

/** What `termsForEntities` needs from an entity. */
export interface EmphasisEntity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: readonly Pick<Alias, 'text' | 'case' | 'noPlural'>[];
}

/** The names and aliases of `entities` as terms. */
export function termsForEntities(entities: readonly EmphasisEntity[]): EmphasisTerm[] {
  const terms: EmphasisTerm[] = [];
  for (const e of entities) {
    const pluralKind = e.kind === 'material' || e.kind === 'company';
    terms.push({ text: e.name, entityId: e.id, kind: e.kind, caseRule: inferCaseRule(e.name), plural: pluralKind });
    for (const a of e.aliases) {
      terms.push({ text: a.text, entityId: e.id, kind: e.kind, caseRule: a.case ?? inferCaseRule(a.text), plural: pluralKind && !a.noPlural });
    }
  }
  return terms;
}

/** `name`/`styled`: as written but for the letters the spotter leaves free, or in ALL CAPS. */
function sameUpToFreeCase(got: string, name: string, rule: CaseRule): boolean {
  if (got === name || got === name.toUpperCase()) return true;
  const free = freeCaseMask(name, rule);
  if (!free || got.length !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (got[i] !== name[i] && !(free[i] === 1 && got[i]!.toLowerCase() === name[i]!.toLowerCase())) return false;
  return true;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Found {
  start: number;
  end: number;
  term: EmphasisTerm;
}

function findTerm(text: string, term: EmphasisTerm): Found[] {
  const name = term.text.trim();
  if (!name) return [];
  const suffix = term.plural ? "(?:s|'s|\u2019s|')?" : "(?:'s|\u2019s|')?";
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?=${suffix}(?![\\p{L}\\p{N}]))`, term.caseRule === 'exact' ? 'gu' : 'giu');
  const out: Found[] = [];
  for (const m of text.matchAll(re)) {
    const got = m[0];
    // `name`: the catalog's case, or ALL CAPS (headlines); never lower case.
    if ((term.caseRule === 'name' || term.caseRule === 'styled') && !sameUpToFreeCase(got, name, term.caseRule)) continue;
    out.push({ start: m.index, end: m.index + got.length, term });
  }
  return out;
}

/**
 * Splits `text` at the occurrences of `terms`. Overlaps resolve leftmost-longest (so `MP Materials`
 * wins over `MP`), runs cover the text exactly once, and adjacent plain text is one run.
 */
export function splitEmphasis(text: string, terms: readonly EmphasisTerm[]): TextRun[] {
  const found = terms.flatMap((t) => findTerm(text, t)).sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: TextRun[] = [];
  let at = 0;
  for (const f of found) {
    if (f.start < at) continue;
    if (f.start > at) runs.push({ text: text.slice(at, f.start) });
    runs.push({ text: text.slice(f.start, f.end), entityId: f.term.entityId, ...(f.term.kind ? { kind: f.term.kind } : {}) });
    at = f.end;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at) });
  return runs;
}
