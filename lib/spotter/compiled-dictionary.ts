/**
 * A dictionary compiled for the spotter: its entities as a table (what matching and the card need:
 * id, name, kind, country, seat, `general`) and its trie (`compiled-trie.ts`). The seed dictionary
 * is compiled by `npm run kb:build` into `lib/knowledge/compiled-dictionary.txt`, which the content
 * script unpacks in about a millisecond without building anything; the reader's own entities are
 * compiled by the same function when a page starts (`layers.ts`).
 *
 * The packed text (`packCompiled`) is lines of text (`packed-text.ts`): a header with
 * the counts and each integer array's width, the entity table (ids, names, and as base64 arrays
 * kinds, countries and seats by row number, `general` rows), the trie's two strings, its integer
 * arrays, the `requires` lists, and the units above U+00FF that the keys' labels hold (`narrowed`).
 */
import type { MatchEntity } from '../catalog/match-dictionary';
import type { Entity, EntityKind } from '../catalog/schema';
import { compileTrie, WIDE, type CompiledTrie } from './compiled-trie';
import { collectForms, type HiddenSet } from './forms';
import { CodedColumn, fromLatin1, itemsOf, joinList, PackedList, packInts, SEP, splitList, toLatin1, unpackInts, type ItemList } from './packed-text';

/**
 * The first field of a packed dictionary; a new layout, or a new fold of the trie's keys (LDC3:
 * diacritics of Latin letters dropped), gets a new one, so a text packed before is refused. LDC4:
 * the text is Latin-1 (see `toLatin1`). LDC5: the keys fold Turkish ı to i and the ʻokina to an
 * apostrophe, and their labels are one-byte text, `WIDE` standing for each unit above U+00FF (the
 * units themselves on a last line).
 */
export const PACKED_FORMAT = 'LDC5';

/** The entity table: one column per field, one row per entity, in dictionary order. */
export interface EntityTable {
  id: string[];
  /** An array, or for the trusted seed a `PackedList` (a name is split out when read). */
  name: ItemList<string>;
  /** Arrays, or for an unpacked dictionary `CodedColumn`s (each row decoded when read). */
  kind: ItemList<EntityKind>;
  /** The country id, '' for none. */
  country: ItemList<string>;
  /** The government a capital stands for, '' for none. */
  seatOf: ItemList<string>;
  general: ItemList<boolean>;
  /**
   * The ids are in order and unique, known without looking: set when the trusted seed is unpacked
   * (`packCompiled` sorts the rows), so no page checks 7,000 ids to search them by halves.
   */
  sorted?: boolean;
}

/** An entity table whose columns are arrays (as `compileDictionary` makes it, and packing reads it). */
type TableArrays = { id: string[]; name: string[]; kind: EntityKind[]; country: string[]; seatOf: string[]; general: boolean[] };

/** A compiled dictionary. */
export interface CompiledDictionary {
  version: string;
  entities: EntityTable;
  trie: CompiledTrie;
}

/** Compiles `entities` (and stop phrases) into a dictionary; hidden forms are left out. */
export function compileDictionary(
  entities: readonly (Entity | MatchEntity)[],
  opts: { stopPhrases?: readonly string[]; hidden?: HiddenSet; version?: string } = {},
): CompiledDictionary {
  const table: TableArrays = { id: [], name: [], kind: [], country: [], seatOf: [], general: [] };
  for (const e of entities) {
    table.id.push(e.id);
    table.name.push(e.name);
    table.kind.push(e.kind);
    table.country.push(e.country ?? '');
    table.seatOf.push(e.seatOf ?? '');
    table.general.push(e.general === true);
  }
  return { version: opts.version ?? '', entities: table, trie: compileTrie(collectForms(entities, opts.stopPhrases, opts.hidden)) };
}

/** Thrown by `unpackCompiled` for a text that is not a packed dictionary of this format. */
export class CompiledDictionaryError extends Error {
  constructor(message: string) {
    super(`compiled dictionary: ${message}`);
    this.name = 'CompiledDictionaryError';
  }
}

const noBreaks = (s: string, what: string): string => {
  if (s.includes('\n')) throw new RangeError(`${what} holds a line break`);
  return s;
};

/** The packed text of a compiled dictionary (see the module comment). */
export function packCompiled(d: CompiledDictionary): string {
  const e = sortedRows(d.entities);
  const t = { ...d.trie, entity: d.trie.entity.map((r) => (r === 0 ? 0 : e.row[r - 1]! + 1)) };
  const kinds = [...new Set(e.kind)].sort();
  const n = e.id.length;
  const index = new Map(e.id.map((id, i) => [id, i]));
  const external: string[] = [];
  // 0: none; 1..n: a row of this table; above: an id of another dictionary (the seed's, say).
  const ref = (id: string): number => {
    if (!id) return 0;
    const i = index.get(id);
    if (i !== undefined) return i + 1;
    let x = external.indexOf(id);
    if (x < 0) x = external.push(id) - 1;
    return n + 1 + x;
  };
  for (const r of itemsOf(t.requires)) for (const id of r) if (id.includes(',')) throw new RangeError(`an id contains a comma: ${id}`);
  // Each form in Latin-1 on its own (see `toLatin1`), its offsets those of the escaped forms: the
  // line stays a slice of the one-byte text, and the few escaped forms are decoded when read.
  let forms = '';
  const formAt = [0];
  for (let c = 0; c + 1 < t.form.length; c++) {
    forms += toLatin1(t.forms.slice(t.form[c], t.form[c + 1]));
    formAt.push(forms.length);
  }
  const { narrowLabels, wideUnits } = narrowed(t);
  const arrays = [
    packInts(e.kind.map((k) => kinds.indexOf(k))),
    packInts(e.country.map(ref)),
    packInts(e.seatOf.map(ref)),
    packInts(e.general.flatMap((g, i) => (g ? [i] : []))),
    packInts(t.child),
    packInts(t.label),
    packInts(t.out),
    packInts(t.entity),
    packInts(t.flags),
    packInts(t.req),
    packInts(formAt),
  ];
  const general = e.general.filter(Boolean).length;
  const header = [
    PACKED_FORMAT,
    d.version,
    kinds.join(','),
    n,
    t.child.length - 1,
    t.entity.length,
    t.requires.length,
    external.length,
    general,
    arrays.map((a) => a.width).join(','),
  ].join(SEP);
  const [kind, country, seatOf, gen, child, label, out, entity, flags, req, form] = arrays.map((a) => a.text) as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return [
    noBreaks(header, 'the header'),
    toLatin1(noBreaks(joinList(e.id), 'an id')),
    toLatin1(noBreaks(joinList(itemsOf(e.name)), 'a name')),
    toLatin1(noBreaks(joinList(external), 'an id')),
    kind,
    country,
    seatOf,
    gen,
    narrowLabels,
    noBreaks(forms, 'a form'),
    child,
    label,
    out,
    entity,
    flags,
    req,
    form,
    toLatin1(noBreaks(joinList(itemsOf(t.requires).map((r) => r.join(','))), 'a requires list')),
    wideUnits,
  ].join('\n');
}

/**
 * The trie's labels as one-byte text: each unit above U+00FF becomes `WIDE`, and the units so
 * replaced are listed in order, four hex digits each.
 */
function narrowed(t: CompiledTrie): { narrowLabels: string; wideUnits: string } {
  let narrowLabels = '';
  let wideUnits = '';
  let from = 0;
  const labels = t.labels;
  for (let i = 0; i < labels.length; i++) {
    let c = labels.charCodeAt(i);
    if (c === WIDE) {
      c = t.wide?.get(i) ?? NaN;
      if (Number.isNaN(c)) throw new RangeError('a key holds U+0001');
    } else if (c <= 0xff) continue;
    narrowLabels += labels.slice(from, i) + String.fromCharCode(WIDE);
    wideUnits += c.toString(16).padStart(4, '0');
    from = i + 1;
  }
  narrowLabels = from === 0 ? labels : narrowLabels + labels.slice(from);
  return { narrowLabels: noBreaks(narrowLabels, 'a key'), wideUnits };
}

/** What `WIDE` stands for at each of its places in `labels`, from `narrowed`'s list; throws when they do not agree. */
function wideMap(labels: string, units: string): Map<number, number> {
  const wide = new Map<number, number>();
  let at = labels.indexOf(String.fromCharCode(WIDE));
  for (let u = 0; at >= 0; u += 4, at = labels.indexOf(String.fromCharCode(WIDE), at + 1)) {
    const unit = parseInt(units.slice(u, u + 4), 16);
    if (!(units.length >= u + 4 && unit > 0xff)) fail('the wide units of the keys do not agree with them');
    wide.set(at, unit);
  }
  if (units.length !== wide.size * 4) fail('the wide units of the keys do not agree with them');
  return wide;
}

/**
 * The table's rows in order of id, and where each row went (`row[old] = new`). Packed so, a table
 * is searched by halves (`RowIndex`, layers.ts) instead of getting a map of its ids in every tab
 * (60 KB and 2 ms at start-up for the seed's 4,000). The trie's candidates keep their order: only
 * the rows they name move.
 */
function sortedRows(table: EntityTable): TableArrays & { row: Int32Array } {
  const order = table.id.map((_, i) => i).sort((a, b) => (table.id[a]! < table.id[b]! ? -1 : table.id[a]! > table.id[b]! ? 1 : a - b));
  const row = new Int32Array(order.length);
  order.forEach((old, i) => (row[old] = i));
  const pick = <T>(col: readonly T[]): T[] => order.map((i) => col[i]!);
  return {
    id: pick(table.id),
    name: pick(itemsOf(table.name)),
    kind: pick(itemsOf(table.kind)),
    country: pick(itemsOf(table.country)),
    seatOf: pick(itemsOf(table.seatOf)),
    general: pick(itemsOf(table.general)),
    row,
  };
}

/**
 * Unpacks `packCompiled`'s text. Checks the shape the walk relies on (counts, bounds, offsets that
 * never go backwards), so a damaged text is refused here, with a clear error, instead of being
 * misread later. `trusted` (the seed dictionary built into the extension, whose freshness a unit
 * test checks) skips the per-value checks, a cold loop over every node and candidate at start-up.
 * The text may come as its lines, each a string of its own (the content script's seed, so that what
 * the dictionary keeps of it, a slice of a line, keeps only that line: `seed-compiled.ts`).
 */
export function unpackCompiled(text: string | readonly string[], opts: { trusted?: boolean } = {}): CompiledDictionary {
  try {
    return unpack(text, opts.trusted === true);
  } catch (err) {
    if (err instanceof CompiledDictionaryError) throw err;
    throw new CompiledDictionaryError(err instanceof Error ? err.message : String(err));
  }
}

const LINES = 19;

/**
 * The text's lines, each a slice of it. `split` copies every line (V8 measured: the labels, forms,
 * names and ids lines of the seed, 2.3 MB, held a second time beside the text, which the content
 * script's bundle keeps as a literal in every tab); a slice is a view of the text.
 */
function linesOf(text: string): string[] {
  const lines: string[] = [];
  let from = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
    lines.push(text.slice(from, at));
    from = at + 1;
  }
  lines.push(text.slice(from));
  return lines;
}

/**
 * A requires list's ids. At module level, like every function a `PackedList` keeps: one made
 * inside `unpack` would keep unpack's whole scope alive with it, every line of the text included
 * (2.4 MB in every tab, measured with `test/bench/heap-diff.ts`).
 */
const idsOf = (list: string): string[] => fromLatin1(list).split(',');

/** A kind by its number in the header's list. */
const kindOf =
  (kinds: readonly EntityKind[]) =>
  (k: number): EntityKind =>
    kinds[k]!;
/** An id by its reference: 0 none, 1..n a row of this table, above that an id of another dictionary. */
const idOfRow =
  (id: readonly string[], external: readonly string[]) =>
  (r: number): string =>
    r === 0 ? '' : r <= id.length ? id[r - 1]! : (external[r - id.length - 1] ?? '');
const isOne = (g: number): boolean => g === 1;

function unpack(text: string | readonly string[], trusted: boolean): CompiledDictionary {
  const lines = typeof text === 'string' ? linesOf(text) : Array.isArray(text) && text.every((l) => typeof l === 'string') ? text : fail('not a text');
  if (lines.length !== LINES) throw new CompiledDictionaryError(`${lines.length} lines, expected ${LINES}`);
  const head = lines[0]!.split(SEP);
  if (head[0] !== PACKED_FORMAT || head.length !== 10) throw new CompiledDictionaryError(`format ${JSON.stringify(head[0])}, expected ${PACKED_FORMAT}`);
  const [, version, kindList, , , , , , , widthList] = head as [string, string, string, string, string, string, string, string, string, string];
  const [n, nodes, cands, nRequires, nExternal, nGeneral] = head.slice(3, 9).map((c) => {
    const v = Number(c);
    if (!Number.isInteger(v) || v < 0) throw new CompiledDictionaryError(`bad count ${JSON.stringify(c)}`);
    return v;
  }) as [number, number, number, number, number, number];
  const widths = widthList.split(',').map(Number);
  if (widths.length !== 11) throw new CompiledDictionaryError('bad widths');
  const ints = (line: number, w: number, count: number) => unpackInts(lines[line]!, widths[w]!, count);
  const kinds = kindList.split(',') as EntityKind[];
  const id = splitList(fromLatin1(lines[1]!), n);
  // The seed's names and requires lists are split out one by one as they are read (`PackedList`: a
  // name is read for a card or a match, not to start); another text's are split and checked here.
  const names: ItemList<string> = trusted ? new PackedList(lines[2]!, n, fromLatin1) : splitList(lines[2]!, n).map(fromLatin1);
  const external = splitList(fromLatin1(lines[3]!), nExternal);
  const kindAt = ints(4, 0, n);
  const countryAt = ints(5, 1, n);
  const seatAt = ints(6, 2, n);
  const generalAt = ints(7, 3, nGeneral);
  // Rows decoded when read; another text than the trusted seed's is checked row by row here.
  if (!trusted)
    for (let i = 0; i < n; i++) {
      if (kinds[kindAt[i]!] === undefined) fail(`entity ${i} has no kind`);
      if (countryAt[i]! > n + nExternal || seatAt[i]! > n + nExternal) fail(`no entity ${Math.max(countryAt[i]!, seatAt[i]!)}`);
    }
  const generalRows = new Uint8Array(n);
  for (const g of generalAt) generalRows[g < n ? g : fail(`no entity ${g}`)] = 1;
  const kind = new CodedColumn(kindAt, kindOf(kinds));
  const byRow = idOfRow(id, external);
  const country = new CodedColumn(countryAt, byRow);
  const seatOf = new CodedColumn(seatAt, byRow);
  const general = new CodedColumn(generalRows, isOne);
  const requires: ItemList<string[]> = trusted ? new PackedList(lines[17]!, nRequires, idsOf) : splitList(lines[17]!, nRequires).map(idsOf);
  const trie: CompiledTrie = {
    // One-byte: `WIDE` stands for each unit above U+00FF, kept aside in `wide`.
    labels: lines[8]!,
    wide: wideMap(lines[8]!, lines[18]!),
    // Escaped forms stay escaped here: `candidateOf` (layers.ts) decodes one when it reads it.
    forms: lines[9]!,
    // The walk reads these three as `Int32Array`s (layers.ts): made so here, the narrower arrays
    // the text packs are dropped at once instead of staying beside a wide copy in every tab.
    child: Int32Array.from(ints(10, 4, nodes + 1)),
    label: Int32Array.from(ints(11, 5, nodes + 1)),
    out: Int32Array.from(ints(12, 6, nodes + 1)),
    entity: ints(13, 7, cands),
    flags: ints(14, 8, cands),
    req: ints(15, 9, cands),
    form: ints(16, 10, cands + 1),
    requires,
  };
  if (!trusted) checkTrie(trie, n);
  const table: EntityTable = { id, name: names, kind, country, seatOf, general, ...(trusted ? { sorted: true } : {}) };
  return { version, entities: table, trie };
}

function fail(what: string): never {
  throw new CompiledDictionaryError(what);
}

/**
 * The invariants the walk relies on, so it never reads outside the arrays: offsets start at the
 * root, never go backwards and end where the arrays do; children come after their parent; every
 * label but the root's has a unit; candidates name entities and requires lists that exist.
 */
function checkTrie(t: CompiledTrie, entities: number): void {
  const nodes = t.child.length - 1;
  const cands = t.entity.length;
  if (nodes < 1 || t.child[0] !== 1 || t.label[0] !== 0 || t.out[0] !== 0 || t.form[0] !== 0) fail('no root');
  if (t.child[nodes] !== nodes || t.label[nodes] !== t.labels.length || t.out[nodes] !== cands || t.form[cands] !== t.forms.length)
    fail('offsets do not end where the arrays do');
  for (let k = 1; k <= nodes; k++) {
    // Node k − 1's label: empty for the root only.
    const label = t.label[k]! - t.label[k - 1]!;
    if (t.child[k]! < t.child[k - 1]! || label < 0 || (k > 1 && label === 0) || t.out[k]! < t.out[k - 1]!) fail(`offsets of node ${k} go backwards`);
    if (k < nodes && t.child[k]! <= k && t.child[k] !== t.child[k + 1]) fail(`node ${k} has children before it`);
  }
  for (let c = 0; c < cands; c++) {
    if (t.entity[c]! > entities) fail(`candidate ${c} names no entity`);
    if (t.req[c]! > t.requires.length) fail(`candidate ${c} has no such requires list`);
    if (t.form[c + 1]! < t.form[c]!) fail(`form offsets of candidate ${c} go backwards`);
  }
}
