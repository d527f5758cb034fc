/**
 * Reading an export file the user picked, which may be broken, foreign or hostile. The whole file is
 * accepted or rejected before anything is written, and a rejection names the first problem in words
 * the user can act on. Cheap checks run first (size, nesting) so a hostile file costs little;
 * `__proto__`/`constructor`/`prototype` keys are refused by the JSON reviver, which only ever
 * creates own properties, so `Object.prototype` cannot be touched.
 */
import { fail, type Result } from '../result';
import { normaliseCanonicalUrl } from '../store/canonical-url';
import { describeIssue } from '../store/describe-issue';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportFileSchema, IMPORT_LIMITS, type DictionarySection, type ExportFile } from './export-format';

/** The outcome of reading an import file: the file, or `invalid-import` with the first problem named. */
export type ParseImportResult = Result<ExportFile>;

/** The code of every refusal. */
export const INVALID_IMPORT = 'invalid-import';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const n = (x: number) => x.toLocaleString('en');

/** Thrown inside the reviver to stop parsing with a message. */
class Refusal extends Error {
  override readonly name = 'Refusal';
}

/** The deepest `{`/`[` nesting outside strings, stopping at the first position past `limit`. */
function nestingBeyond(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return -1;
}

function reviver(key: string, value: unknown): unknown {
  if (FORBIDDEN_KEYS.has(key)) throw new Refusal(`it contains the key "${key}", which a Lodestone export never has`);
  if (typeof value === 'string' && value.length > IMPORT_LIMITS.maxStringChars) {
    throw new Refusal(`it contains a text of ${n(value.length)} characters (the limit is ${n(IMPORT_LIMITS.maxStringChars)})`);
  }
  return value;
}

const refuse = (why: string): ParseImportResult => fail(INVALID_IMPORT, `Cannot import this file: ${why}. Nothing was changed.`);

/** Parses and validates an export file's text; never throws. */
export function parseImport(text: string): ParseImportResult {
  if (typeof text !== 'string') return refuse('it is not text');
  if (text.length > IMPORT_LIMITS.maxChars) return refuse(`it is too large (${n(text.length)} characters; the limit is ${n(IMPORT_LIMITS.maxChars)})`);
  const deep = nestingBeyond(text, IMPORT_LIMITS.maxDepth);
  if (deep >= 0) return refuse(`it nests data more than ${IMPORT_LIMITS.maxDepth} levels deep (at character ${n(deep)})`);
  let raw: unknown;
  try {
    raw = JSON.parse(text, reviver);
  } catch (err) {
    if (err instanceof Refusal) return refuse(err.message);
    return refuse(`it is not valid JSON (${err instanceof Error ? err.message : 'parse error'})`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return refuse('it is not a Lodestone export (expected a JSON object)');
  const file = raw as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) return refuse(`it is not a Lodestone export (its "format" is ${JSON.stringify(file.format ?? null).slice(0, 60)})`);
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return refuse(`its export version ${JSON.stringify(file.version ?? null).slice(0, 30)} is unknown`);
  }
  if (file.version > EXPORT_VERSION) {
    return refuse(`it was made by a newer Lodestone (export version ${file.version}; this one reads up to ${EXPORT_VERSION}). Update Lodestone and try again`);
  }
  const section = file.dictionary && typeof file.dictionary === 'object' ? (file.dictionary as Record<string, unknown>) : {};
  const records =
    ['sources', 'facts', 'mentions', 'customEntities'].reduce((sum, k) => sum + (Array.isArray(file[k]) ? (file[k] as unknown[]).length : 0), 0) +
    ['edits', 'hidden', 'dismissed'].reduce((sum, k) => sum + (Array.isArray(section[k]) ? (section[k] as unknown[]).length : 0), 0);
  if (records > IMPORT_LIMITS.maxRecords) return refuse(`it holds ${n(records)} records (the limit is ${n(IMPORT_LIMITS.maxRecords)})`);
  const parsed = ExportFileSchema.safeParse(raw);
  if (!parsed.success) return refuse(`it is not a valid Lodestone export at ${describeIssue(parsed.error)}`);
  const problem = findInconsistency(parsed.data);
  return problem ? refuse(problem) : { ok: true, value: parsed.data };
}

/** Duplicate ids, dangling references and impossible offsets: the first one found, or null. */
function findInconsistency(data: ExportFile): string | null {
  const sources = new Map<string, number>();
  const urls = new Set<string>();
  for (const [i, s] of data.sources.entries()) {
    if (sources.has(s.id)) return `sources[${i}]: the id "${s.id}" appears twice`;
    sources.set(s.id, s.text.length);
    const url = normaliseCanonicalUrl(s.canonicalUrl);
    if (!url) return `sources[${i}].canonicalUrl: not a web address`;
    if (urls.has(url)) return `sources[${i}]: the address ${url} appears twice`;
    urls.add(url);
  }
  const facts = new Set<string>();
  const positions = new Set<string>();
  for (const [i, f] of data.facts.entries()) {
    const length = sources.get(f.sourceId);
    if (length === undefined) return `facts[${i}]: its source "${f.sourceId}" is not in the file`;
    if (facts.has(f.id)) return `facts[${i}]: the id "${f.id}" appears twice`;
    facts.add(f.id);
    // A sentence may hold several events (issue 12): they share a start, each with its own clause.
    const place = `${f.sourceId}\u0000${f.start}\u0000${f.clause?.start ?? ''}`;
    if (positions.has(place)) return `facts[${i}]: two facts start at the same place in "${f.sourceId}"`;
    positions.add(place);
    if (f.clause && f.clause.end > f.quote.length) return `facts[${i}]: its clause ${f.clause.start}–${f.clause.end} lies outside its quote`;
    if (f.start > f.end || f.end > length) return `facts[${i}]: its offsets ${f.start}–${f.end} lie outside its article`;
  }
  for (const [i, m] of data.mentions.entries()) {
    const length = sources.get(m.sourceId);
    if (length === undefined) return `mentions[${i}]: its source "${m.sourceId}" is not in the file`;
    if (m.start > m.end || m.end > length) return `mentions[${i}]: its offsets ${m.start}–${m.end} lie outside its article`;
  }
  const entities = new Set<string>();
  for (const [i, e] of data.customEntities.entries()) {
    if (entities.has(e.id)) return `customEntities[${i}]: the id "${e.id}" appears twice`;
    entities.add(e.id);
    // Version 3 files come from a Lodestone that checks what the user types (issue 13).
    const bad = data.version >= 3 ? entityFormProblem(e) : null;
    if (bad) return `customEntities[${i}]: ${bad}`;
  }
  return data.dictionary ? dictionaryInconsistency(data.dictionary, entities) : null;
}

/** A v3 dictionary section: edits once each and not of an added entity, names a name may be. */
function dictionaryInconsistency(d: DictionarySection, added: ReadonlySet<string>): string | null {
  const edited = new Set<string>();
  for (const [i, e] of d.edits.entries()) {
    if (edited.has(e.id) || added.has(e.id)) return `dictionary.edits[${i}]: the id "${e.id}" appears twice`;
    edited.add(e.id);
    const bad = entityFormProblem(e);
    if (bad) return `dictionary.edits[${i}]: ${bad}`;
  }
  for (const [i, h] of d.hidden.entries()) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(h.entityId)) return `dictionary.hidden[${i}].entityId: not an entity id`;
    if (h.text && formProblemOf(h.text)) return `dictionary.hidden[${i}].text: ${formProblemOf(h.text)}`;
  }
  return null;
}

/** Why a written form cannot be a name: markup, control characters, or far too long. */
function formProblemOf(text: string): string | null {
  if (/[<>]/.test(text)) return 'a name contains < or > (markup)';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return 'a name contains control characters';
  if (text.length > 500) return `a name is ${n(text.length)} characters long`;
  return null;
}

function entityFormProblem(e: { name: string; aliases: readonly { text: string }[] }): string | null {
  for (const t of [e.name, ...e.aliases.map((a) => a.text)]) {
    const bad = formProblemOf(t);
    if (bad) return bad;
  }
  return null;
}
