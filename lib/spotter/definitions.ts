/**
 * Short forms and tickers an article defines for itself. Press releases write
 * `Saskatchewan Research Council (SRC)`, `American Rare Earths Limited (ASX: ARR | OTCQX: AMRRY)
 * ("ARR" or the "Company")`, `MP Materials Corp. (NYSE: MP)`: inside that article `SRC`, `ARR`,
 * `ASX: ARR` and `MP` mean that entity. This module reads such definitions after a known name;
 * the matcher then spots the defined forms in the same article only (article-scoped aliases are an
 * input to one spotting pass, never written into the shared dictionary).
 *
 * Precision first: a quoted or bracketed form counts only when it is a ticker of the definition, an
 * acronym of the name (its capitals in order: `MIIT`, `DFC`), or the name's first words
 * (`"Ucore"`, `"Energy Fuels"`), and never a generic defined term (`the "Company"`).
 */
import { EXCHANGE_PREFIXES, MARKET_SUFFIXES, suffixesOfPrefix } from '../catalog/exchanges';
import { isCommonWord } from '../text/common-words';

/**
 * A country's style before its name (`Kingdom of Saudi Arabia`, `Sultanate of Oman`): an article
 * that names the state so calls it by the style alone after (`the Kingdom sits at the crossroads`).
 * `Republic` and `State` are left out: `the State` and `the Republic` are as often any state.
 */
const STYLED_STATE = /^(?:the\s+)?(Kingdom|Sultanate|Emirate|Principality|Grand Duchy)\s+of\s/i;

/** A form the article defines for an entity. */
export interface LocalAlias {
  text: string;
  entityId: string;
  /** `ticker`: an exchange and ticker (`ASX: ARR`) or a ticker on its own; `short`: a short name. */
  type: 'ticker' | 'short';
  /** The context the defining name needed (its `requires`): the form needs it too. */
  requires?: readonly string[];
  /**
   * The form is the initials of the name as the article wrote it (`Independent Commission for Mines
   * and Minerals (ICMM)`): in this article it means this entity, even where the dictionary gives the
   * same letters to another (the International Council on Mining and Metals).
   */
  initials?: true;
}

/** What `findDefinitions` needs of a match. */
export interface DefinedMatch {
  entityId: string;
  text: string;
  start: number;
  end: number;
  requires?: readonly string[];
}

/** Defined terms that name a role, never an entity (`the "Company"`, `the "Offering"`). */
const GENERIC = new Set(
  (
    'company companies corporation issuer offering offerings project projects property properties agreement agreements transaction transactions ' +
    'notes note shares share units unit warrants warrant securities stock group partnership fund trust bank government department ministry council ' +
    'board parties party purchaser purchasers seller sellers buyer buyers lender lenders borrower investor investors agency plan program programme ' +
    'act facility facilities mine mines plant plants deposit deposits refinery joint venture jv spac merger acquisition closing effective date ' +
    'common stock subsidiary parent target combined sponsor underwriter underwriters agent agents arrangement resolution meeting technology ' +
    'report study update announcement release directors trustees governors management officers commissioners auditors ' +
    'framework mou memorandum reserve mill strategy initiative scheme alliance roadmap treaty accord pact deal charter'
  ).split(' '),
);

const QUOTED =
  /["\u201C\u201D\u201E\u00AB\u00BB]\s*([^"\u201C\u201D\u201E\u00AB\u00BB]{1,60}?)\s*["\u201C\u201D\u201E\u00AB\u00BB]|\u2018([^\u2018\u2019]{1,60}?)\u2019/g;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A Nordic share class after a space closes the bracket or the list (`STO: EPI A)`, `STO: ATCO A,`).
const TICKER = new RegExp(
  `(?<![\\p{L}\\p{N}])(${EXCHANGE_PREFIXES.map(escape).join('|')})\\s*:\\s*([A-Z0-9](?:[A-Z0-9.\\-]|&(?=[A-Z0-9])){0,11}(?<![.\\-])(?: [A-Z](?=[),;]))?)(?![\\p{L}\\p{N}])`,
  'giu',
);
const MARKET_CODE = /^([A-Z0-9]{1,8})(\.[A-Z]{1,2})$/;
/** A ticker written bare (`NKG`, `HPG`, `5713`): capitals or digits, no exchange, no market suffix. */
const BARE_TICKER = /^[A-Z0-9][A-Z0-9]{1,5}$/;

/** `under the ticker PE&OLES`, `under the symbol "UUUU"`: the code a sentence gives a listing (group 1). */
const UNDER_TICKER = /\bunder the (?:ticker(?: symbol)?|symbol|stock code|code) ["“]?([A-Z0-9][A-Z0-9&.-]{0,8}[A-Z0-9])(?![\p{L}\p{N}&])/gu;
/** A further code after a listing's, in capitals, that no colon follows (`, METCB` in `NASDAQ: METC, METCB`). */
const SHARE_CLASS = /^\s*,\s*([A-Z][A-Z0-9.-]{0,11})(?![\p{L}\p{N}:.-]|\s*:)/u;

/**
 * Listings written on their own (`- NASDAQ: SBLK +4.2%` in a movers list): an exchange, a colon and
 * a ticker in capitals always name a listed company. `[start, end)` of each.
 */
export function bareListings(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const t of text.matchAll(TICKER)) {
    const ticker = t[2] ?? '';
    if (ticker === ticker.toUpperCase() && /\p{L}/u.test(ticker)) out.push({ text: t[0], start: t.index, end: t.index + t[0].length });
  }
  return out;
}
const ACRONYM = /^[\p{Lu}][\p{L}\p{N}&.-]{1,9}$/u;

/** A listed fund's name (`Global X Uranium ETF`) and the code an article gives it in brackets (`URA`). */
const FUND_NAME = /\s(?:ETF|ETN|ETP)$/;
const FUND_CODE = /^[A-Z]{2,5}$/;

const capitals = (s: string): string => s.replace(/[^\p{Lu}\p{N}]/gu, '');
const words = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);

/** True when `q`'s capitals (and digits) appear in order among the capitals of `name`. */
function isAcronymOf(q: string, name: string): boolean {
  if (/\s/.test(q) || !ACRONYM.test(q)) return false;
  const want = capitals(q);
  if (want.length < 2) return false;
  const have = capitals(name);
  let i = 0;
  for (const ch of have) if (ch === want[i]) i++;
  return i === want.length;
}

/**
 * True when `q` (3 to 8 capitals) is exactly the first letters of the name's words as written, its
 * little words left out or kept (`Independent Commission for Mines and Minerals` → `ICMM`), every
 * other word capitalised: a definition no bracket can give by chance (`Jujuy (Jujuy)`, `nickel (Ni)`).
 */
function isInitialsAsWritten(q: string, name: string): boolean {
  if (!/^[A-Z]{3,8}$/.test(q)) return false;
  const ws = name.split(/[\s-]+/).filter(Boolean);
  const big = ws.filter((w) => !SKIPPED.has(w.toLowerCase()));
  if (big.length < 3 || !big.every((w) => w[0] !== w[0]!.toLowerCase())) return false;
  const first = (list: string[]) => list.map((w) => w[0]!.toUpperCase()).join('');
  return first(big) === q || first(ws) === q;
}

/**
 * True when `q` (2 to 6 capitals) is made of the first letters of a name written in lower case
 * (`lithium hydroxide monohydrate (LHM)`, `mixed hydroxide precipitate (MHP)`): a product's or a
 * process's name has no capitals for `isAcronymOf` to read.
 */
function isInitialsOf(q: string, name: string): boolean {
  // The name may open a sentence (`Muriate of potash (MOP)`); its little words may count (`MOP`) or not (`LHM`).
  if (!/^[A-Z]{2,6}$/.test(q) || /\p{Lu}/u.test(name.slice(1))) return false;
  const initials = (ws: string[]) => ws.length === q.length && ws.every((w, i) => w[0] === q[i]!.toLowerCase());
  const all = words(name);
  return initials(all.filter((w) => !SKIPPED.has(w))) || initials(all);
}

/**
 * True when `q` is an acronym of the name and one of the name's own words after it: `Advanced
 * Technology Vehicles Manufacturing Loan Program ("ATVM Program")`, `… Sintered Rare Earth Permanent
 * Magnets ("REPM Scheme")`.
 */
function isAcronymWithWordOf(q: string, name: string): boolean {
  const parts = q.split(' ');
  if (parts.length !== 2 || !/^\p{Lu}\p{Ll}+$/u.test(parts[1]!)) return false;
  return isAcronymOf(parts[0]!, name) && name.split(/\s+/).includes(parts[1]!);
}

/** True when `q` is three or more capitals opening with the first capital of a name of three words or more. */
function isForeignAcronymOf(q: string, name: string): boolean {
  // ASCII capitals only: an expression with Unicode classes compiles big and stays in every tab (pass-patterns.ts).
  return /^[A-Z]{3,8}$/.test(q) && words(name).length >= 3 && capitals(name)[0] === q[0];
}

/**
 * True when quoted `q` is a coined one-word name for a name of three words or more: no English
 * word, opening with the capital of one of the name's words (`Saudi Arabian Mining Company
 * ("Ma'aden")`, `La Congolaise d'Exploitation Minière ("Cominière")`). Only in quotation marks,
 * where a press release defines its short names.
 */
function isCoinedNameOf(q: string, name: string): boolean {
  if (!/^\p{Lu}\p{Ll}[\p{L}'’-]{2,18}$/u.test(q) || isCommonWord(q.toLowerCase())) return false;
  const ws = name.split(/\s+/);
  return ws.length >= 3 && ws.some((w) => w.replace(/^[dl]['’]/, '')[0] === q[0]);
}

/**
 * True when quoted `q` is the name with words left out of its middle, its first and last words kept
 * (`Libby Exploration Project ("Libby Project")`, blind-129): two words or more, each in the name's
 * order and capitalised as the name writes it. Only in quotation marks, where a release defines its
 * short names.
 */
function isAbridgedOf(q: string, name: string): boolean {
  const qw = q.split(/\s+/);
  const nw = name.split(/\s+/);
  if (qw.length < 2 || qw.length >= nw.length || !qw.every((w) => /^\p{Lu}/u.test(w))) return false;
  if (qw[0] !== nw[0] || qw[qw.length - 1] !== nw[nw.length - 1]) return false;
  let i = 0;
  for (const w of nw) if (w === qw[i]) i++;
  return i === qw.length;
}

/** Little words a syllabic acronym skips (`State Mining Corporation` → `STAMICO`). */
const SKIPPED = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'des', 'la', 'le', 'do', 'da', 'y', 'et', '&']);

/**
 * True when `q` (capitals, 4 to 10 letters) is made of the openings of the name's words, in order,
 * each word giving one letter or more: `STAMICO` (STAte MIning COrporation), `Gecamines`-style names.
 */
function isSyllabicAcronymOf(q: string, name: string): boolean {
  if (!/^[A-Z]{4,10}$/.test(q)) return false;
  const want = q.toLowerCase();
  const ws = words(name).filter((w) => !SKIPPED.has(w));
  if (ws.length < 2 || ws.length > 6) return false;
  // Depth-first over how many letters each word gives; at most 6 words of 10 letters: cheap.
  const fits = (i: number, at: number): boolean => {
    if (at === want.length) return i === ws.length;
    if (i === ws.length) return false;
    const w = ws[i]!;
    for (let n = 1; n <= w.length && at + n <= want.length && w[n - 1] === want[at + n - 1]; n++) if (fits(i + 1, at + n)) return true;
    return false;
  };
  return fits(0, 0);
}

/**
 * True when `q` is the first word or words of `name` (case aside): `"Ucore"`, `"Energy Fuels"`, or
 * a brand the name writes in lower case (`"thyssenkrupp"`), which is no English word.
 */
function isHeadOf(q: string, name: string): boolean {
  const qw = words(q);
  const nw = words(name);
  return qw.length > 0 && qw.length <= nw.length && qw.every((w, i) => w === nw[i]) && (/^\p{Lu}/u.test(q) || !isCommonWord(qw[0]!.toLowerCase()));
}

/**
 * True when `q` can be the chemical symbol of the element `name`: its capital is the name's first
 * letter and its small letter comes later in the name (`dysprosium (Dy)`, `terbium (Tb)`,
 * `yttrium (Y)`), as an article defines it before writing `poor in Dy`.
 */
function isSymbolOf(q: string, name: string): boolean {
  if (!/^\p{Lu}\p{Ll}?$/u.test(q)) return false;
  const n = name.toLowerCase();
  return n[0] === q[0]!.toLowerCase() && (q.length === 1 || n.indexOf(q[1]!, 1) > 0);
}

const ELEMENT_SYMBOLS = new Set(
  (
    'H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh ' +
    'Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr ' +
    'Ra Ac Th Pa U Np Pu'
  ).split(' '),
);

/**
 * True when `q` is a chemical formula: element symbols with their counts, two or more, a small
 * letter or a digit among them (`ZnS`, `PbS`, `CuFeS2`, `Li2CO3`, `LiOH·H2O`; not an acronym in
 * capitals, `BHP`). After a material it is that material's formula (`sphalerite (ZnS)`, blind-125).
 */
function isFormula(q: string): boolean {
  if (!/^[A-Z][A-Za-z0-9·.]{1,15}$/.test(q) || !/[a-z0-9]/.test(q)) return false;
  const tokens = q.split(/[·.]/).flatMap((part) => part.replace(/^\d+/, '').match(/[A-Z][a-z]?\d*/g) ?? ['!']);
  const joined = q.replace(/[·.]\d*/g, '');
  return tokens.length >= 2 && tokens.join('') === joined && tokens.every((t) => ELEMENT_SYMBOLS.has(t.replace(/\d+$/, '')));
}

/** True when a capitalised word names a role in a document, never an entity (`Company`, `Offering`, `Project`). */
export function isGenericTerm(word: string): boolean {
  return GENERIC.has(word.toLowerCase());
}

function isGeneric(q: string): boolean {
  const w = words(q.replace(/^the\s+/i, ''));
  return w.length === 0 || w.every((x) => GENERIC.has(x)) || /^the\s/i.test(q);
}

/** Reads one bracketed group of a definition: its tickers, then its quoted or bare short forms. */
function readGroup(
  content: string,
  offset: number,
  text: string,
  m: DefinedMatch,
  names: readonly string[],
  kind: string | undefined,
  out: LocalAlias[],
  listedAs?: (entityId: string, code: string) => boolean,
): void {
  const material = kind === 'material';
  // A body's acronym in its own language (`Geological Survey of Denmark and Greenland (GEUS)`,
  // `Bureau of Geological and Mining Research (BRGM)`, `State Secretariat for Environment and
  // Sustainable Development ("SEMAD")`): capitals opening with the name's capital, bare or quoted.
  const body = kind === 'government' || kind === 'organisation';
  const tickers: string[] = [];
  // Only a company (or a fund, an exchange) is listed: a ticker after a material, a place or a
  // person names the company whose name that word ends (`Royal Gold (Nasdaq: RGLD)`), which the
  // candidate finder reads.
  const listable = kind === undefined || kind === 'company' || kind === 'organisation';
  for (const t of listable ? content.matchAll(TICKER) : []) {
    const ticker = t[2]!;
    if (ticker !== ticker.toUpperCase()) continue;
    out.push({ text: text.slice(offset + t.index, offset + t.index + t[0].length), entityId: m.entityId, type: 'ticker' });
    tickers.push(ticker);
    // A Nordic share class (`EPI A`): the code alone too, and Yahoo's `EPI-A.ST` further on.
    const share = / ([A-Z])$/.exec(ticker);
    const base = share ? ticker.slice(0, -2) : ticker;
    if (share) out.push({ text: base, entityId: m.entityId, type: 'ticker' });
    if (ticker.length >= 2 && /\p{L}/u.test(ticker)) out.push({ text: ticker, entityId: m.entityId, type: 'ticker' });
    // The same listing as wires write it further on (`AIM: BMN` defines `BMN.L` in a movers list).
    for (const suffix of suffixesOfPrefix(t[1]!))
      out.push({ text: share ? `${base}-${share[1]}${suffix}` : ticker + suffix, entityId: m.entityId, type: 'ticker' });
    // Further share classes on the same exchange (`NASDAQ: METC, METCB`): codes after a comma, up to
    // the next exchange's prefix (`NYSE: MP, ASX: MP1` is read by the loop itself).
    for (let at = t.index + t[0].length, more = SHARE_CLASS.exec(content.slice(at)); more; more = SHARE_CLASS.exec(content.slice(at))) {
      const code = more[1]!;
      if (code.length >= 2 && /\p{L}/u.test(code) && !tickers.includes(code)) {
        out.push({ text: code, entityId: m.entityId, type: 'ticker' });
        tickers.push(code);
      }
      at += more[0].length;
    }
  }
  // `(the "Framework")`: one English word after `the` is a role the article gives a name, like
  // `the "Company"`; an acronym or a name of several words stays a name (`the "DoD"`, `the "Donald Project"`).
  const inQuotes = [...content.matchAll(QUOTED)];
  const quoted: string[] = [];
  for (const q of inQuotes) {
    // American style puts the list's comma inside the quotes (`("USA Rare Earth," "USAR" or …)`).
    const term = (q[1] ?? q[2] ?? '').trim().replace(/\s*[,;]$/, '');
    const role = /\bthe\s*$/i.test(content.slice(0, q.index)) && /^\p{Lu}\p{Ll}+$/u.test(term) && isCommonWord(term.toLowerCase());
    if (!role) quoted.push(term);
  }
  // `Bushveld Minerals (BMN.L)`, `Managem (MNG.CS)`: a company's Reuters-style code with a market's suffix.
  const code = kind === 'company' && !tickers.length && !inQuotes.length ? MARKET_CODE.exec(content.trim()) : null;
  if (code && MARKET_SUFFIXES.has(code[2]!)) {
    out.push({ text: code[0], entityId: m.entityId, type: 'ticker' });
    return;
  }
  // `Nam Kim Steel (NKG)`, `Hoa Sen Group (HSG)`: a wire writes a company's own ticker bare in
  // brackets, no exchange before it; it is the ticker when the dictionary lists the company under it.
  const bare = kind === 'company' && !tickers.length && !inQuotes.length ? content.trim() : '';
  if (bare && BARE_TICKER.test(bare) && listedAs?.(m.entityId, bare)) {
    out.push({ text: bare, entityId: m.entityId, type: 'ticker' });
    return;
  }
  const forms = inQuotes.length ? quoted : tickers.length ? [] : [content.trim()];
  // A fund's code in brackets is its ticker, whatever its letters (`Sprott Uranium Miners ETF (URNM)`).
  const fund = !inQuotes.length && !tickers.length && names.some((n) => FUND_NAME.test(n)) && FUND_CODE.test(content.trim());
  if (fund) {
    out.push({ text: content.trim(), entityId: m.entityId, type: 'ticker' });
    return;
  }
  for (const q of forms) {
    if (!q || isGeneric(q)) continue;
    const ok =
      tickers.includes(q) ||
      names.some(
        (n) =>
          isAcronymOf(q, n) ||
          isInitialsOf(q, n) ||
          isAcronymWithWordOf(q, n) ||
          isHeadOf(q, n) ||
          isSyllabicAcronymOf(q, n) ||
          (material && (isSymbolOf(q, n) || isFormula(q))) ||
          (body && isForeignAcronymOf(q, n)) ||
          (quoted.includes(q) && (isCoinedNameOf(q, n) || isAbridgedOf(q, n))),
      );
    if (ok && !out.some((a) => a.text === q && a.entityId === m.entityId)) {
      const ticker = tickers.includes(q);
      out.push({
        text: q,
        entityId: m.entityId,
        type: ticker ? 'ticker' : 'short',
        ...(!ticker && isInitialsAsWritten(q, m.text) ? { initials: true as const } : {}),
      });
    }
  }
}

/**
 * The forms `text` defines right after the names in `matches` (sorted by start): up to five
 * bracketed groups directly after a name (`(NYSE: MP) ("MP Materials" or the "Company")`).
 * `nameOf(id)` gives the entity's catalog name, which a short form may abbreviate too.
 */
export function findDefinitions(
  text: string,
  matches: readonly DefinedMatch[],
  nameOf: (entityId: string) => string | undefined,
  kindOf?: (entityId: string) => string | undefined,
  listedAs?: (entityId: string, code: string) => boolean,
): LocalAlias[] {
  const out: LocalAlias[] = [];
  const styles = new Map<string, string | null>();
  for (const m of matches) {
    const style = STYLED_STATE.exec(m.text);
    if (style && kindOf?.(m.entityId) === 'country') {
      const word = style[1]!;
      const seen = styles.get(word);
      styles.set(word, seen === undefined || seen === m.entityId ? m.entityId : null);
    }
    if (text.charCodeAt(m.end) !== 32 && text.charCodeAt(m.end) !== 40 && text.charCodeAt(m.end) !== 44) continue; // ' ', '(', ','
    // The catalog name is looked up only when a bracket follows (most matches have none, and a
    // lookup builds the entity from the compiled table).
    let names: string[] | undefined;
    let at = m.end;
    for (let g = 0; g < 5; g++) {
      while (text[at] === ' ' || text[at] === ',' || text[at] === '\u00A0') at++;
      if (text[at] !== '(') break;
      names ??= [m.text, nameOf(m.entityId) ?? m.text];
      const close = text.indexOf(')', at);
      if (close < 0 || close - at > 160) break;
      const content = text.slice(at + 1, close);
      if (content.includes('(') || content.includes('\n')) break;
      const from = out.length;
      readGroup(content, at + 1, text, m, names, kindOf?.(m.entityId), out, listedAs);
      // A name read only in some context defines its forms in that context: of two authorities
      // named alike (`National Environment Management Authority`, Kenya's and Uganda's), the
      // short form `NEMA` is the one whose country the article names, as the name is.
      if (m.requires?.length) for (let k = from; k < out.length; k++) out[k] = { ...out[k]!, requires: m.requires };
      at = close + 1;
    }
  }
  // `Peñoles, listed in Mexico City under the ticker PE&OLES`: a code a sentence gives a company it
  // named before, with no exchange's prefix, is its ticker when the dictionary lists it so (blind-135).
  if (listedAs && kindOf)
    for (const u of text.matchAll(UNDER_TICKER)) {
      const code = u[1]!;
      for (let k = matches.length - 1; k >= 0; k--) {
        const m = matches[k]!;
        if (m.end > u.index || u.index - m.end > 200) continue;
        if (/[\n.!?]\s/.test(text.slice(m.end, u.index))) break;
        if (kindOf(m.entityId) === 'company' && listedAs(m.entityId, code)) {
          out.push({ text: code, entityId: m.entityId, type: 'ticker' });
          break;
        }
      }
    }
  // One country named by its style (`the Kingdom of Saudi Arabia`) is `the Kingdom` after it; two
  // kingdoms in one article leave the word to neither.
  for (const [word, entityId] of styles) if (entityId) out.push({ text: word, entityId, type: 'short' });
  return out;
}
