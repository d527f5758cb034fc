/**
 * One spotter over several compiled dictionaries ("layers"): the seed's, compiled at build time,
 * and the reader's own, compiled at run time. They behave exactly like one dictionary holding the
 * seed entities (minus those the reader hid or replaced) followed by the reader's entities, with
 * the hidden forms left out (`layeredEntities` is that dictionary, as a list; the unit tests hold
 * the two to the same matches). A seed entity the reader replaced (same id) or hid is masked
 * candidate by candidate, so the seed's trie is never rebuilt.
 */
import type { MatchEntity } from '../catalog/match-dictionary';
import type { EntityKind } from '../catalog/schema';
import type { CompiledDictionary, EntityTable } from './compiled-dictionary';
import { ACRONYM, labelUnit, RULES, STOP, SYMBOL, type CompiledTrie } from './compiled-trie';
import { hiddenSet, type HiddenForm, type HiddenSet } from './forms';
import { normaliseAlias } from './fold';
import { fromLatin1 } from './packed-text';
import { isAnchor } from './topic';
import { freeCaseMask, type Candidate } from './trie';

/** One compiled dictionary as the scanner walks it. */
export interface Layer {
  trie: CompiledTrie;
  /**
   * The trie's node arrays as `Int32Array`s, whatever width unpacking gave them (`Uint8Array`,
   * `Uint16Array`): every layer then has one array type, so the walk's array reads stay
   * monomorphic (mixed widths across the seed's and the reader's layers made them 2–3× slower).
   */
  child: Int32Array;
  label: Int32Array;
  out: Int32Array;
  table: EntityTable;
  /** Candidates to skip (1), or null when none is. */
  mask: Uint8Array | null;
  /** The root's child for each ASCII unit (−1: none); other units by binary search. */
  rootAscii: Int32Array;
  /**
   * Candidates made on first use: most are never reached on a page (a few hundred of the seed's
   * 6,000), so a map, not a slot per candidate kept in every tab.
   */
  cache: Map<number, Candidate>;
}

// Unpacking already gives the node arrays as `Int32Array`s (compiled-dictionary.ts): no copy is kept beside a narrower original.
const asInt32 = (a: CompiledTrie['child']): Int32Array => (a instanceof Int32Array ? a : new Int32Array(a));

/** The root's child for each ASCII unit, per trie: made once (a page's seed serves every spotter made on it). */
const rootTables = new WeakMap<CompiledTrie, Int32Array>();

/**
 * The root's child for each ASCII unit (−1: none), in one pass over the root's children (their
 * labels start with distinct units). A search per unit was 128 binary searches of cold code
 * while the page started.
 */
export function rootAsciiOf(t: CompiledTrie): Int32Array {
  let table = rootTables.get(t);
  if (table) return table;
  table = new Int32Array(128).fill(-1);
  const end = t.child[1]!;
  for (let x = t.child[0]!; x < end; x++) {
    const c = labelUnit(t, t.label[x]!);
    if (c < 128) table[c] = x;
  }
  rootTables.set(t, table);
  return table;
}

/** Prepares a compiled dictionary for walking. */
export function toLayer(d: CompiledDictionary, mask: Uint8Array | null = null): Layer {
  const t = d.trie;
  return {
    trie: t,
    child: asInt32(t.child),
    label: asInt32(t.label),
    out: asInt32(t.out),
    table: d.entities,
    mask,
    rootAscii: rootAsciiOf(t),
    cache: new Map(),
  };
}

/** The candidate `c` of `layer`, made once. */
export function candidateOf(layer: Layer, c: number): Candidate {
  const cached = layer.cache.get(c);
  if (cached) return cached;
  const t = layer.trie;
  const flags = t.flags[c]!;
  const e = t.entity[c]! - 1;
  const form = fromLatin1(t.forms.slice(t.form[c], t.form[c + 1]));
  const rule = RULES[flags & 3]!;
  const req = t.req[c]!;
  const made: Candidate = {
    entityId: e >= 0 ? layer.table.id[e]! : '',
    kind: e >= 0 ? layer.table.kind.at(e)! : '',
    form,
    rule,
    requires: req ? t.requires.at(req - 1) : undefined,
    plural: ((flags >> 2) & 3) as 0 | 1 | 2,
    acronym: (flags & ACRONYM) !== 0,
    free: freeCaseMask(form, rule),
    symbol: (flags & SYMBOL) !== 0,
    stop: (flags & STOP) !== 0,
  };
  layer.cache.set(c, made);
  return made;
}

/**
 * The rows of an entity table by id. A table whose ids are sorted (the reader's overlay is compiled
 * so, `packOverlay`) is searched by halves in place; another gets a `Map`, which costs about 14
 * bytes an entity in every tab (14 KB for a reader's 1,000 entities).
 */
export class RowIndex {
  private readonly map: Map<string, number> | undefined;

  /** `sorted`: the ids are known to be in order (the trusted seed's: packing sorts them), so not checked. */
  constructor(
    private readonly ids: readonly string[],
    sorted = false,
  ) {
    if (sorted) return;
    sorted = true;
    for (let i = 1; i < ids.length && sorted; i++) sorted = ids[i - 1]! < ids[i]!;
    if (sorted) return;
    this.map = new Map();
    for (let i = 0; i < ids.length; i++) this.map.set(ids[i]!, i);
  }

  /** The row of `id` (the last, should an id repeat), or undefined. */
  get(id: string): number | undefined {
    if (this.map) return this.map.get(id);
    const ids = this.ids;
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ids[mid]! < id) lo = mid + 1;
      else hi = mid;
    }
    return lo < ids.length && ids[lo] === id ? lo : undefined;
  }
}

/** Row indexes, per entity table, made once (a page's seed table serves every spotter made on it). */
const rowIndexes = new WeakMap<EntityTable, RowIndex>();

/** The row index of `table`'s ids. */
export function rowsOf(table: EntityTable): RowIndex {
  let rows = rowIndexes.get(table);
  if (!rows) {
    rows = new RowIndex(table.id, table.sorted === true);
    rowIndexes.set(table, rows);
  }
  return rows;
}

/**
 * The seed's candidates to skip: those of entities the reader hid or replaced, and the hidden
 * forms (by key). Null when nothing is masked. Only the entities concerned are looked at: 1,000
 * new entities of the reader's replace nothing and cost no pass over the seed's candidates.
 */
export function maskFor(d: CompiledDictionary, replaced: ReadonlySet<string>, hidden: HiddenSet): Uint8Array | null {
  if (!replaced.size && !hidden.entities.size && !hidden.forms.size) return null;
  const rows = rowsOf(d.entities);
  // 1: the entity is off; 2: some of its forms are hidden (checked candidate by candidate).
  let off: Uint8Array | undefined;
  const mark = (id: string, v: number) => {
    const r = rows.get(id);
    if (r === undefined) return;
    off ??= new Uint8Array(d.entities.id.length);
    off[r] = Math.max(off[r]!, v);
  };
  for (const id of replaced) mark(id, 1);
  for (const id of hidden.entities) mark(id, 1);
  for (const f of hidden.forms) mark(f.slice(0, f.indexOf('\u0000')), 2);
  if (!off) return null;
  const t = d.trie;
  const ids = d.entities.id;
  const mask = new Uint8Array(t.entity.length);
  let any = false;
  for (let c = 0; c < mask.length; c++) {
    const e = t.entity[c]!;
    const o = e === 0 ? 0 : off[e - 1]!;
    if (!o) continue;
    if (o === 1 || hidden.forms.has(`${ids[e - 1]!}\u0000${normaliseAlias(fromLatin1(t.forms.slice(t.form[c], t.form[c + 1]))).key}`)) {
      mask[c] = 1;
      any = true;
    }
  }
  return any ? mask : null;
}

/** What the spotter knows of an entity (the content script's card and page model read it too). */
export interface SpotterEntity {
  id: string;
  name: string;
  kind: EntityKind;
  country: string | undefined;
  seatOf: string | undefined;
  /** Anchors a page in the field (topic.ts). */
  anchor: boolean;
}

/** The entities of all layers by id; a later layer's entity replaces an earlier one's. */
export class EntityIndex {
  private readonly made = new Map<string, SpotterEntity | null>();
  private readonly rows: RowIndex[];

  constructor(
    private readonly layers: readonly Layer[],
    private readonly hiddenEntities: ReadonlySet<string> = new Set(),
  ) {
    // Each table's own row map (made once per table, `rowsOf`), not one map of every id: the
    // seed's 2,000 ids are not copied again for each spotter a page makes.
    this.rows = layers.map((l) => rowsOf(l.table));
  }

  /** The entity with this id, or undefined. */
  get(id: string): SpotterEntity | undefined {
    let e = this.made.get(id);
    if (e !== undefined) return e ?? undefined;
    e = null;
    if (!this.hiddenEntities.has(id))
      for (let li = this.layers.length - 1; li >= 0; li--) {
        const i = this.rows[li]!.get(id);
        if (i === undefined) continue;
        const t = this.layers[li]!.table;
        e = {
          id,
          name: t.name.at(i)!,
          kind: t.kind.at(i)!,
          country: t.country.at(i) || undefined,
          seatOf: t.seatOf.at(i) || undefined,
          anchor: isAnchor(t.kind.at(i), t.general.at(i)),
        };
        break;
      }
    this.made.set(id, e);
    return e ?? undefined;
  }

  /** The entity's kind (a method: one call target for every index, so the scanner's calls stay monomorphic). */
  kindOf(id: string): EntityKind | undefined {
    return this.get(id)?.kind;
  }

  /** The government a capital stands for (`seats.ts`), or undefined. */
  seatOf(id: string): string | undefined {
    return this.get(id)?.seatOf;
  }

  /** Map-like views for the scanner's helpers (`kinds.get(id)`, `seats.get(id)`). */
  readonly kinds = { get: (id: string): EntityKind | undefined => this.kindOf(id) };
  readonly seats = { get: (id: string): string | undefined => this.seatOf(id) };
}

/** What a layered spotter is made of: the seed compiled at build time, the reader's overlay. */
export interface LayeredSource {
  seed: CompiledDictionary;
  /** The reader's entities (a seed id here replaces that seed entity), compiled or not. */
  user?: readonly MatchEntity[] | CompiledDictionary;
  /** Forms and entities the reader hid. */
  hidden?: readonly HiddenForm[];
}

/**
 * The one dictionary a layered spotter behaves as: seed entities the reader neither hid nor
 * replaced, in order, then the reader's entities not hidden. (Hidden single forms are left out
 * by `collectForms`'s filter, `hiddenSet(source.hidden)`.) Tests build a spotter from this list
 * and compare.
 */
export function layeredEntities<E extends { id: string }>(seed: readonly E[], user: readonly E[], hidden: readonly HiddenForm[] = []): E[] {
  const h = hiddenSet(hidden);
  const replaced = new Set(user.map((e) => e.id));
  return [...seed.filter((e) => !replaced.has(e.id) && !h.entities.has(e.id)), ...user.filter((e) => !h.entities.has(e.id))];
}
