/**
 * The text encoding of a compiled dictionary: integer arrays as base64 of little-endian typed
 * arrays, each at the narrowest width that holds its values, strings as they are, list items
 * separated by `|` (no name, key or id contains one: packing refuses it). The content script
 * carries the seed dictionary as one string literal, which V8 scans several times faster than
 * JSON (a non-ASCII name is escaped by the build: wxt.config.ts), and unpacking decodes each array
 * natively (`Uint8Array.fromBase64`, Chrome 140+ and Firefox 133+) and views it: no JavaScript
 * loop per value while the page starts (a cold loop over 50,000 values cost tens of milliseconds).
 */

/** Separates list items. */
export const SEP = '|';

/** An integer array as stored: its byte width (1, 2 or 4) and base64 text. */
export interface PackedInts {
  width: 1 | 2 | 4;
  text: string;
}

/** The integer arrays unpacking gives (views over the decoded bytes). */
export type IntArray = Uint8Array | Uint16Array | Int32Array;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    out +=
      B64[a >> 2]! +
      B64[((a & 3) << 4) | (b >> 4)]! +
      (i + 1 < bytes.length ? B64[((b & 15) << 2) | (c >> 6)]! : '=') +
      (i + 2 < bytes.length ? B64[c & 63]! : '=');
  }
  return out;
}

type FromBase64 = (text: string) => Uint8Array;
const native = (Uint8Array as unknown as { fromBase64?: FromBase64 }).fromBase64;

/** Base64 to bytes: natively where the engine can (browsers); else through `atob` (Node 20, tests). */
const fromBase64: FromBase64 = native
  ? (text) => native.call(Uint8Array, text)
  : (text) => {
      const bin = atob(text);
      const out = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
      return out;
    };

/** Packs non-negative integers (below 2³¹) at the narrowest width that holds them. */
export function packInts(values: ArrayLike<number>): PackedInts {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(v >= 0 && Number.isInteger(v) && v < 2 ** 31)) throw new RangeError(`cannot pack ${v}`);
    if (v > max) max = v;
  }
  const width = max < 256 ? 1 : max < 65536 ? 2 : 4;
  const view = width === 1 ? Uint8Array.from(values) : width === 2 ? Uint16Array.from(values) : Int32Array.from(values);
  // Little-endian on every engine we run on; checked when unpacking.
  return { width, text: toBase64(new Uint8Array(view.buffer)) };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Unpacks `count` integers of `width` bytes; throws when the text holds another number. */
export function unpackInts(text: string, width: number, count: number): IntArray {
  if (!LITTLE_ENDIAN) throw new RangeError('a big-endian engine');
  if (width !== 1 && width !== 2 && width !== 4) throw new RangeError(`no width ${width}`);
  const bytes = fromBase64(text);
  if (bytes.length !== width * count) throw new RangeError(`expected ${count} numbers of ${width} bytes, found ${bytes.length} bytes`);
  if (width === 1) return bytes;
  return width === 2 ? new Uint16Array(bytes.buffer, bytes.byteOffset, count) : new Int32Array(bytes.buffer, bytes.byteOffset, count);
}

/** Joins strings with `SEP`; throws if one contains it. */
export function joinList(items: readonly string[]): string {
  for (const s of items) if (s.includes(SEP)) throw new RangeError(`a string contains ${SEP}: ${JSON.stringify(s)}`);
  return items.join(SEP);
}

/** Splits a `joinList` result of `count` items; throws when it holds another number. */
export function splitList(text: string, count: number): string[] {
  const items = count === 0 && text === '' ? [] : text.split(SEP);
  if (items.length !== count) throw new RangeError(`expected ${count} items, found ${items.length}`);
  return items;
}

/** A list read by index: an array, or a `PackedList` whose items are split out one by one. */
export interface ItemList<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

/** The items of `list` as an array (the list itself when it is one). */
export function itemsOf<T>(list: ItemList<T>): T[] {
  return Array.isArray(list) ? (list as T[]) : Array.from({ length: list.length }, (_, i) => list.at(i) as T);
}

/**
 * A column kept as the small integers it was packed as, each row decoded when read (`kind`,
 * `country`, `seatOf` and `general` of an unpacked dictionary): 18,000 rows made into arrays of
 * strings were 290 KB in every tab and a loop over every row while the page started.
 */
export class CodedColumn<T> implements ItemList<T> {
  constructor(
    private readonly codes: IntArray,
    private readonly decode: (code: number) => T,
  ) {}

  get length(): number {
    return this.codes.length;
  }

  at(index: number): T | undefined {
    const code = this.codes[Math.trunc(index)];
    return index >= 0 && code !== undefined ? this.decode(code) : undefined;
  }
}

/** Every how many items a `PackedList` notes where one starts. */
const STRIDE = 32;

/**
 * A `joinList` text of `length` items, read one item at a time: the first read notes where every
 * 32nd item starts (and counts the items), and each read finds its item from the nearest note,
 * slices it out and decodes it. The trusted seed's names and requires lists are read so. A page
 * reads a few dozen of them, and split whole they were 18,000 names and 5,600 lists held in every
 * tab (22,000 sliced strings and their arrays, about 700 KB of an article page's retained heap).
 * Throws on the first read when the text holds another number of items.
 */
export class PackedList<T> implements ItemList<T> {
  private starts: Int32Array | undefined;

  constructor(
    private readonly text: string,
    readonly length: number,
    private readonly decode: (item: string) => T,
  ) {}

  at(index: number): T | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    const { text } = this;
    const i = Math.trunc(index);
    const starts = (this.starts ??= this.noteStarts());
    let from = starts[Math.trunc(i / STRIDE)]!;
    for (let k = i - (i % STRIDE); k < i; k++) from = text.indexOf(SEP, from) + 1;
    const end = i + 1 === this.length ? text.length : text.indexOf(SEP, from);
    return this.decode(text.slice(from, end));
  }

  private noteStarts(): Int32Array {
    const { text, length } = this;
    const starts = new Int32Array(Math.ceil(length / STRIDE));
    let from = 0;
    for (let i = 0; i < length; i++) {
      if (i % STRIDE === 0) starts[i / STRIDE] = from;
      if (i + 1 === length) break;
      const end = text.indexOf(SEP, from);
      if (end < 0) throw new RangeError(`expected ${length} items, found ${i + 1}`);
      from = end + 1;
    }
    if ((length === 0 && text !== '') || text.indexOf(SEP, from) >= 0) throw new RangeError(`expected ${length} items, found more`);
    return starts;
  }
}

/** Marks an escaped character in a packed text: `ESC` and four hex digits of its UTF-16 unit. */
const ESC = '\u0001';

/**
 * `text` in Latin-1: each UTF-16 unit above U+00FF (`ć` in `Vučić`, an en dash) is written `ESC` +
 * 4 hex digits. One character above Latin-1 made the whole 400 KB seed a two-byte string in V8
 * (twice the memory in every tab, and slower to split and decode).
 */
export function toLatin1(text: string): string {
  if (text.includes(ESC)) throw new RangeError('a packed text holds U+0001');
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0xff) continue;
    out += text.slice(from, i) + ESC + c.toString(16).padStart(4, '0');
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Undoes `toLatin1`; `text` itself when it holds no escape (no copy). */
export function fromLatin1(text: string): string {
  if (!text.includes(ESC)) return text;
  const parts = text.split(ESC);
  let out = parts[0]!;
  for (let k = 1; k < parts.length; k++) out += String.fromCharCode(parseInt(parts[k]!.slice(0, 4), 16)) + parts[k]!.slice(4);
  return out;
}
