/**
 * Legal suffixes belong to a company's name: `REalloys Inc.`, `Lynas Rare Earths Ltd`, `Ningbo
 * Zhenghai Magnetic Materials Co., Ltd.`, `Boliden AB`. The catalog stores names without them; the
 * matcher extends a company match over the suffix that follows it, so the highlight covers the
 * whole name and no curator has to list `X Inc.` beside `X`.
 *
 * Suffixes are matched as written (a verb `limited` after a name is not `Limited`), in title case
 * or in capitals (headlines: `LYNAS RARE EARTHS LTD`).
 */
import { MARKET_SUFFIXES } from '../catalog/exchanges';

/** Suffix words, longest first within each family; `.` is part of the written form. */
export const SUFFIXES: readonly string[] = [
  'Co., Ltd.',
  'Co., Ltd',
  // Chinese state groups: `China Baowu Steel Group Corp., Ltd.`.
  'Corp., Ltd.',
  'Corp., Ltd',
  'Co. Ltd.',
  'Co. Ltd',
  // Reuters and the Hong Kong papers write the Chinese forms without their stops: `Zijin Mining Group Co Ltd`.
  'Co Ltd.',
  'Co Ltd',
  'Corp Ltd',
  'Co Limited',
  'Co., Limited',
  'Company Limited',
  // Thailand's public companies: `Italian-Thai Development PCL`, `PTT Public Company Limited`.
  'Public Company Limited',
  'Public Co., Ltd.',
  'PCL',
  'Co.,Ltd.',
  'Co.,Ltd',
  'Pty. Ltd.',
  'Pty Ltd.',
  'Pty Ltd',
  'Pty Limited',
  // South Africa's private companies: `Foskor (Pty) Ltd`.
  '(Pty) Ltd.',
  '(Pty) Ltd',
  '(Pty) Limited',
  '(Proprietary) Limited',
  // Spelled out, as South African and Australian filings write it: `Assmang Proprietary Limited`.
  'Proprietary Limited',
  // South Africa's state-owned companies: `Transnet SOC Ltd`, `Eskom Holdings SOC Ltd`.
  'SOC Ltd.',
  'SOC Ltd',
  'SOC Limited',
  'Pty. Limited',
  'Sdn. Bhd.',
  'Sdn Bhd',
  'Berhad',
  'Bhd.',
  'Bhd',
  'Incorporated',
  'Inc.',
  'Inc',
  'Corporation',
  'Corp.',
  'Corp',
  // `Epangelo Mining Company (Pty) Ltd` (a bare `Company` only after a known name: `companyNameEnd`).
  'Company (Pty) Ltd.',
  'Company (Pty) Ltd',
  'Company Ltd.',
  'Company Ltd',
  // The Philippines' and America's companies: `Apex Mining Co., Inc.`, `Lisbon Valley Mining Co. LLC`.
  'Co., Inc.',
  'Co., Inc',
  'Co. Inc.',
  'Co. Inc',
  'Co., LLC',
  'Co. LLC',
  'Company, LLC',
  'Company LLC',
  // American news: `General Motors Co.`, `Ford Motor Co`.
  'Co.',
  'Co',
  // Partnerships and companies with their form spelled out: `the Pebble Limited Partnership`.
  'Limited Liability Partnership',
  'Limited Liability Company',
  'Limited Partnership',
  'Limited',
  'Ltd.',
  'Ltd',
  'L.L.C.',
  'LLC',
  'L.P.',
  'LP',
  'LLP',
  'plc',
  'PLC',
  'Plc',
  'p.l.c.',
  'GmbH & Co. KGaA',
  'GmbH & Co. KG',
  'GmbH & Co KG',
  'AG & Co. KGaA',
  'AG & Co. KG',
  'S.A.S.',
  'SAS',
  'S.A.R.L.',
  'SARL',
  'S.à r.l.',
  'S.r.l.',
  'Srl',
  // Argentina's industrial and commercial corporations (`Aluar Aluminio Argentino S.A.I.C.`).
  'S.A.I.C.F.',
  'S.A.I.C.',
  // Mexico's listed companies (`Grupo México S.A.B. de C.V.`).
  'S.A.B. de C.V.',
  'SAB de CV',
  'S.A. de C.V.',
  'Ltda.',
  'Ltda',
  // Portuguese-speaking Africa's private companies (`Mwiriti Limitada`, `… Mozambique, Lda.`).
  'Limitada',
  'Lda.',
  'Lda',
  'Pvt. Ltd.',
  'Pvt Ltd',
  'Private Limited',
  // Pakistan's and India's private companies as registered: `Government Holdings (Private) Limited`.
  '(Private) Limited',
  '(Private) Ltd.',
  '(Private) Ltd',
  '(Pvt.) Ltd.',
  '(Pvt) Ltd.',
  '(Pvt) Ltd',
  '(Pvt.) Limited',
  '(Pvt) Limited',
  'KG',
  'S.A.',
  'SA',
  'S.p.A.',
  'SpA',
  // Chile's contractual mining company (`Compañía Minera Doña Inés de Collahuasi SCM`).
  'SCM',
  'S.C.M.',
  // Spain's limited company, and its sole-shareholder form (`Saloro S.L.U.`).
  'S.L.U.',
  'S.L.',
  'N.V.',
  'NV',
  'B.V.',
  'BV',
  'AG',
  'GmbH',
  'KGaA',
  'SE',
  // A Swedish public company: `Boliden AB (publ)`.
  'AB (publ)',
  'AB',
  'ASA',
  'AS',
  'A/S',
  'Oyj',
  'Oy',
  'OÜ',
  'UAB',
  'SIA',
  'ApS',
  'Kft.',
  'Zrt.',
  's.r.o.',
  'a.s.',
  // The Balkans' limited and joint-stock companies (`Rio Sava Exploration d.o.o.`).
  'd.o.o.',
  'd.d.',
  'a.d.',
  // The same written in capitals (`Elektroprivreda Crne Gore AD`), North Macedonia's single-owner
  // limited company, Bulgaria's joint-stock and limited companies (`Ellatzite-Med AD`, `… EAD`).
  'AD',
  'DOOEL',
  'EAD',
  'EOOD',
  'OOD',
  // Albania's and Kosovo's limited and joint-stock companies (`AlbChrome sh.p.k.`, `Trepça Sh.A.`),
  // Iceland's (`Landsnet hf.`).
  'sh.p.k.',
  'Sh.p.k.',
  'SH.P.K.',
  'sh.a.',
  'Sh.A.',
  'Sh.a.',
  'SH.A.',
  'hf.',
  'ehf.',
  // Peru's open and closed corporations, Spain's sole-shareholder one, Türkiye's joint-stock one.
  'S.A.A.',
  'S.A.C.',
  'S.A.U.',
  // Angola's and Mozambique's public companies (`Endiama E.P.`, `Sonangol EP`), Portugal's public business entities.
  'E.P.E.',
  'E.P.',
  'EP',
  'A.Ş.',
  // Türkiye's joint-stock company as listed names write it, with the words for its trade before it:
  // `Kardemir Karabük Demir Çelik Sanayi ve Ticaret A.Ş.` (Industry and Trade), `Ereğli Demir ve
  // Çelik Fabrikaları T.A.Ş.` (Factories; T for Turkish), abbreviated `San. ve Tic. A.Ş.`.
  'T.A.Ş.',
  'Anonim Şirketi',
  'Sanayi ve Ticaret A.Ş.',
  'Sanayi ve Ticaret Anonim Şirketi',
  'San. ve Tic. A.Ş.',
  'Fabrikaları T.A.Ş.',
  'Fabrikaları A.Ş.',
  // Enterprises, and Mining: `Koza Anadolu Metal Madencilik İşletmeleri A.Ş.`, `… Madencilik A.Ş.`.
  'İşletmeleri A.Ş.',
  'Madencilik A.Ş.',
  'Madencilik Sanayi ve Ticaret A.Ş.',
  // The Gulf's shareholding companies: Bahrain's (`Aluminium Bahrain B.S.C.`, closed `B.S.C. (c)`),
  // Qatar's (`Q.P.S.C.`, `Q.S.C.`), Kuwait's (`K.S.C.P.`, closed `K.S.C.C.`), Oman's (`S.A.O.G.`,
  // closed `S.A.O.C.`), the Emirates' (`P.J.S.C.`) and Jordan's (`P.L.C.` is above; `P.S.C.`).
  'B.S.C. (c)',
  'B.S.C.(c)',
  'B.S.C.',
  'Q.P.S.C.',
  'Q.S.C.',
  'QPSC',
  'K.S.C.P.',
  'K.S.C.C.',
  'K.S.C.',
  'KSCP',
  'S.A.O.G.',
  'S.A.O.C.',
  'SAOG',
  'P.J.S.C.',
  'P.S.C.',
  'Sp. z o.o.',
  'K.K.',
  'JSC',
  'PJSC',
  'OJSC',
  'CJSC',
  // The same in Russian initials, as older filings and Belarus still write them (`Belaruskali OAO`).
  'OAO',
  'PAO',
  'ZAO',
  'Tbk',
  // An Indonesian state company (`PT Mineral Industri Indonesia (Persero)`).
  '(Persero)',
  'Persero',
  'Pte. Ltd.',
  'Pte Ltd',
  // Spelled out (`Vatukoula Gold Mines Pte Limited`).
  'Pte. Limited',
  'Pte Limited',
  'ULC',
  // Australian no-liability company (`Meteoric Resources NL`).
  'NL',
];

/**
 * Two-letter suffixes that are also words or abbreviations in capitals (`AS`, `SE` for south-east):
 * taken only after a name written in mixed case, never in an all-capitals headline.
 */
const SHORT = new Set(['SA', 'SE', 'AB', 'AG', 'NV', 'BV', 'LP', 'AS', 'NL', 'KG', 'AD']);

/** Suffixes that a `Limited` may follow as one legal form (`China Northern Rare Earth Group High-Tech Corporation Limited`). */
const CORPORATE = new Set(['Corporation', 'Corp.', 'Corp', 'Company', 'Incorporated'].flatMap((f) => [f, f.toUpperCase()]));
/** What follows such a word as its limited liability, longest first. */
const LIMITED = [' Limited', ' LIMITED', ' Ltd.', ' LTD.', ' Ltd', ' LTD'];

const LOWER = /\p{Ll}/u;

/**
 * Whether a name in capitals and its two-letter suffix stand in a line of mixed-case prose
 * (`BMW AG and Volkswagen`, `BASF SE said`), not a headline in capitals: lower case in the line
 * before the name or after the suffix (a list item may open with the name: `- BASF SE produces`),
 * and after the suffix punctuation, the end, or a word in lower case (`BHP SA Operations` may be
 * South Australia's). Read within the line, so an article's text and a page's block (one list
 * item) give the same answer.
 */
function inProse(text: string, start: number, after: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', after);
  const before = text.slice(Math.max(lineStart, start - 40), start);
  const rest = text.slice(after, Math.min(lineEnd < 0 ? text.length : lineEnd, after + 40));
  if (!LOWER.test(before) && !LOWER.test(rest)) return false;
  const next = /^\s*(\S)/u.exec(text.slice(after, after + 4));
  return !next || !/[\p{Lu}\p{N}]/u.test(next[1]!);
}

/** Every written form, with capitals variants for headlines, longest first. */
const FORMS: readonly string[] = [...new Set(SUFFIXES.flatMap((s) => [s, s.toUpperCase()]))].sort((a, b) => b.length - a.length);
/** The forms by their first unit, each list longest first like `FORMS`: a company match is followed by one of ~10 letters, not ~120 forms. */
const FORMS_BY_FIRST = new Map<number, string[]>();
for (const f of FORMS) {
  const list = FORMS_BY_FIRST.get(f.charCodeAt(0));
  if (list) list.push(f);
  else FORMS_BY_FIRST.set(f.charCodeAt(0), [f]);
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Whether the period at `dot`, after a name starting at `start` that ends in `Ltd`, is a sentence's
 * full stop: `authorised for release by the Board of Boss Energy Ltd.` at a line's end, or before
 * the next sentence's capital, in a line of prose (a word in lower case before the name). `Ltd`
 * is written without a period in the Commonwealth style that uses it: 8 of 8 such sentence ends
 * in the recall corpora were marked without it. A heading or an address keeps it (`About Mkango
 * Resources Ltd.`, `Contact: Investor Relations, Rare Element Resources Ltd.`), and so does
 * `Corp.` or `Inc.`, whose period is the abbreviation's.
 */
function fullStopAt(text: string, start: number, dot: number): boolean {
  if (!/^(?:[ \t]*(?:\n|$)|[ \t]+["“‘]?\p{Lu})/u.test(text.slice(dot + 1, dot + 4))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /(?:^|[\s(“"])\p{Ll}/u.test(text.slice(lineStart, start));
}

/** Abbreviations a name may end with, whose period the text may add (`Critical Metals Corp.`). */
const ABBREVIATED = /(?:^|[\s,])(?:Corp|Inc|Ltd|Co|Bhd|Pty|Plc|Pte|CORP|INC|LTD|CO)$/;

/** A bracketed place of one to three capitalised words or a code (`(USA)`, `(Hong Kong)`), as subsidiaries' names carry before their suffix. */
const JURISDICTION = /^\((?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,2}\)/u;

/** Words a known company's name and a legal suffix frame as its formal name (see `legalSuffixEnd`). */
const FRAMED = ['Holdings', 'Group', '(Group)'];

/**
 * The end of the legal suffix that follows a company name at [start, end) (`, Inc.`, ` Ltd`,
 * ` Co., Ltd.`), or `end` itself when none does. At most one space (or `, `) stands between; the
 * suffix must end at a word boundary. `soft` line breaks count as spaces (DOM blocks).
 * `opts.subsidiary`: a bracketed place may stand before the suffix (see below).
 */
export function legalSuffixEnd(text: string, start: number, end: number, soft = false, opts: { subsidiary?: boolean } = {}): number {
  // A name that already ends with an abbreviated suffix takes the text's period, unless it is a
  // sentence's full stop after `Ltd`.
  if (text[end] === '.' && ABBREVIATED.test(text.slice(Math.max(start, end - 8), end)))
    return /Ltd$/.test(text.slice(end - 3, end)) && fullStopAt(text, start, end) ? end : end + 1;
  let at = end;
  if (text[at] === ',') at++;
  const space = text[at];
  if (space !== ' ' && space !== '\u00A0' && !(soft && space === '\n')) return end;
  at++;
  // `General Motors Holdings LLC`, `Ganfeng Lithium Group Co., Ltd.`: the holding or group company a
  // known name and a legal suffix frame is the company news means (only with a suffix after it:
  // `Lynas Holdings` alone is no form).
  for (const word of FRAMED) {
    if (!text.startsWith(word, at) || WORD.test(text[at + word.length] ?? '')) continue;
    const held = legalSuffixEnd(text, start, at + word.length, soft);
    if (held > at + word.length) return held;
  }
  // With `opts.subsidiary` (a name the article introduces): a company named for its country or city in
  // brackets before its suffix, `Wyoming Rare (USA) Inc.`, `Corvane Metals (Hong Kong) Limited`
  // (only with a suffix after it). Not after a known company's name: `Lynas (Malaysia) Sdn Bhd` is
  // its subsidiary, another company.
  const place = opts.subsidiary ? JURISDICTION.exec(text.slice(at, at + 40)) : null;
  if (place) {
    const held = legalSuffixEnd(text, start, at + place[0].length, soft);
    if (held > at + place[0].length) return held;
  }
  const forms = FORMS_BY_FIRST.get(text.charCodeAt(at));
  if (!forms) return end;
  for (const form of forms) {
    if (!text.startsWith(form, at)) continue;
    const after = at + form.length;
    const next = text[after];
    // `Inc` must not be the start of `Incentive`; a form ending in `.` ends a word by itself.
    if (next !== undefined && WORD.test(next) && WORD.test(form[form.length - 1]!)) continue;
    // Nor `Co` the start of `Co-op`.
    if (next === '-' && WORD.test(form[form.length - 1]!)) continue;
    if (SHORT.has(form) && !/\p{Ll}/u.test(text.slice(start, end)) && !inProse(text, start, after)) continue;
    // `Hunan Gold Corporation Limited`: a corporation's word, then its limited liability.
    if (CORPORATE.has(form)) {
      for (const limited of LIMITED) if (text.startsWith(limited, after) && !WORD.test(text[after + limited.length] ?? '')) return after + limited.length;
    }
    return form.endsWith('Ltd.') && fullStopAt(text, start, after - 1) ? after - 1 : after;
  }
  return end;
}

/**
 * The end of a known company's name as written: its legal suffix (`legalSuffixEnd`), or a bare
 * `Company`, `Group` or `Holdings` that the news writes as part of the name (`Westinghouse Electric Company`,
 * `Uranium One Group`). Not for names the article introduces: `Services for the Company` is a defined term.
 */
export function companyNameEnd(text: string, start: number, end: number, soft = false, opts: { subsidiary?: boolean } = {}): number {
  const suffixed = legalSuffixEnd(text, start, end, soft, opts);
  if (suffixed > end) return suffixed;
  const coded = marketSuffixEnd(text, start, end);
  if (coded > end) return coded;
  const space = text[end];
  if ((space !== ' ' && space !== '\u00A0') || !/\p{Ll}/u.test(text.slice(start, end))) return end;
  for (const word of NAME_WORDS) {
    if (!text.startsWith(word, end + 1) || WORD.test(text[end + 1 + word.length] ?? '')) continue;
    // `Eskom Holdings SOC Ltd`: a legal suffix may follow the word.
    const named = end + 1 + word.length;
    return Math.max(named, legalSuffixEnd(text, start, named, soft));
  }
  return end;
}

/**
 * A company's code written with a market's suffix the catalog does not list for it (`RHIM.VI` for
 * RHI Magnesita, listed in London), or with a share class (`EPI-A.ST`): the suffix belongs to the
 * code, so the mention is the whole code, never the letters before its dot.
 */
function marketSuffixEnd(text: string, start: number, end: number): number {
  const c = text.charCodeAt(end);
  if ((c !== 46 && c !== 45) || end - start > 8 || !CODE.test(text.slice(start, end))) return end; // '.', '-'
  const m = SUFFIX_AFTER.exec(text.slice(end, end + 7));
  return m && MARKET_SUFFIXES.has(m[2]!) ? end + m[0].length : end;
}
const CODE = /^[A-Z0-9]{2,8}$/;
/** A market's suffix, after a share class in Yahoo's style (`EPI-A.ST`, `TECK-B.TO`) or not. */
const SUFFIX_AFTER = /^(-[A-Z])?(\.[A-Z]{1,3})(?![\p{L}\p{N}])/u;

/**
 * Words news writes after a known company's name as part of it: `Commercial Metals Company`,
 * `Chengxin Lithium Group`, `Uranium One Group` (the group a company's short name heads),
 * `Guangdong Rising Holdings` (the holding company it names).
 */
const NAME_WORDS = ['Company', 'Group', 'Holdings'];

/** Legal forms written before a company's name: Indonesia's `PT`, the `JSC` / `PJSC` of Russia and Central Asia. */
export const LEGAL_PREFIXES: ReadonlySet<string> = new Set(['PT', 'JSC', 'PJSC', 'OJSC', 'CJSC']);
const LEGAL_PREFIX = new RegExp(`(?:^|[^\\p{L}\\p{N}])((?:${[...LEGAL_PREFIXES].join('|')})\\.?[ \\u00A0])$`, 'u');

/**
 * Where a company's name starts when a legal form stands before it (`PT Vale Indonesia Tbk`,
 * `JSC Kazatomprom`): the form's start, or `start`; never before `floor` (the previous match).
 */
export function legalPrefixStart(text: string, start: number, floor: number): number {
  const m = LEGAL_PREFIX.exec(text.slice(Math.max(0, start - 8), start));
  if (!m) return start;
  const at = start - m[1]!.length;
  return at >= floor ? at : start;
}

/** The last word of each legal suffix (`Ltd`, `Limited`, `Inc.`): a cheap test before `withoutSuffix`. */
const SUFFIX_LAST_WORDS: ReadonlySet<string> = new Set(SUFFIXES.map((w) => w.slice(w.lastIndexOf(' ') + 1)));

/** `name` without the legal suffix that ends it (`Vulcan Energy Resources Ltd` → `Vulcan Energy Resources`), or `name`. */
export function withoutSuffix(name: string): string {
  if (!SUFFIX_LAST_WORDS.has(name.slice(name.lastIndexOf(' ') + 1))) return name;
  let cut = name.length;
  for (const word of SUFFIXES)
    for (const sep of [' ', ', '])
      if (name.length - word.length - sep.length > 0 && name.endsWith(sep + word)) cut = Math.min(cut, name.length - word.length - sep.length);
  return name.slice(0, cut);
}
