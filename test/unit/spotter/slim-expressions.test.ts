/**
 * Four finder expressions were rewritten so that V8 compiles less machine code for them (about
 * 250 KB of a page's retained heap, `test/bench/heap-diff.ts`): Unicode letter classes read in code
 * (`word-edge.ts`), a bounded repeat made open with the count checked in code (dateline codes), and
 * a product alternation written twice turned into a set (project words). They must read text exactly
 * as the expressions they replace. The old expressions are kept here as the reference, and each
 * rewrite is compared with its reference on many generated strings built from the words and
 * characters that matter (a seeded generator: a failure is reproducible).
 */
import { describe, expect, it } from 'vitest';
import { datelineAt } from '../../../lib/spotter/dateline-codes';
import { createRandom } from '../../bench/pages';
import { opensLongerName, projectWordEnd } from '../../../lib/spotter/place-affix';
import { endsWithLowerTitle, endsWithPersonalTitle } from '../../../lib/spotter/candidates';
import { endsWithWord, letterBefore } from '../../../lib/spotter/word-edge';

/** A small seeded generator (mulberry32, the benchmark pages' own). */
const random = createRandom;
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const joined = (r: () => number, parts: readonly string[], n: number): string => Array.from({ length: n }, () => pick(r, parts)).join('');

const ROUNDS = 4000;

describe('letter before a match, read in code', () => {
  const LOWER_OLD =
    /(?:^|[^\p{L}])(?:chairman|chairwoman|chairperson|chair|(?:chief|deputy|vice)\s+(?:executive|executive\s+officer|minister|director)|president|prime\s+minister|minister|secretary|managing\s+director|director|founder|spokesman|spokeswoman|spokesperson|analyst|economist|governor|senator|ambassador|ceo)\s+$/u;
  const LOWER_NEW =
    /(?:chairman|chairwoman|chairperson|chair|(?:chief|deputy|vice)\s+(?:executive|executive\s+officer|minister|director)|president|prime\s+minister|minister|secretary|managing\s+director|director|founder|spokesman|spokeswoman|spokesperson|analyst|economist|governor|senator|ambassador|ceo)\s+$/g;
  const TITLE_OLD = /(?:^|[^\p{L}])(?:(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Mx|Prof|Hon|Smt)\.?|Senator|Representative|Congressman|Congresswoman|Sir|Dame|Shri|Sri)\s+$/u;
  const OF_OLD = /(?:^|[^\p{L}])of\s+(?:the\s+)?$/u;
  const OF_NEW = /of\s+(?:the\s+)?$/g;
  // Words of the expressions, their pieces, letters of several scripts (𝐀 is outside the BMP), digits, marks.
  const PARTS = [
    'chairman',
    'chair',
    'chief',
    'executive',
    'officer',
    'vice',
    'prime',
    'minister',
    'director',
    'managing',
    'ceo',
    'co',
    'x',
    'é',
    'ß',
    'Ж',
    '中',
    '𝐀',
    '1',
    '-',
    '.',
    ',',
    '(',
    ' ',
    ' ',
    '  ',
    '\u00a0',
    '\n',
    'Sen',
    'Sen.',
    'Dr',
    'Mrs',
    'Ms',
    'Hon',
    'Smt',
    'Sir',
    'Shri',
    'Sri',
    'Senator',
    'Congresswoman',
    'of',
    'the',
    'ex-',
    '’',
    'a',
  ];
  const ENDINGS = ['chairman', 'chief executive', 'prime  minister', 'director', 'ceo', 'Sen.', 'Dr', 'Shri', 'Congresswoman', 'of', 'of the', 'of  the'];
  const cases: [string, RegExp, (s: string) => boolean][] = [
    ['a lower-case title (read back in code)', LOWER_OLD, endsWithLowerTitle],
    ['a personal title (read back in code)', TITLE_OLD, endsWithPersonalTitle],
    ['a lower-case title (letter before in code)', LOWER_OLD, (s) => endsWithWord(s, LOWER_NEW)],
    ['of (the)', OF_OLD, (s) => endsWithWord(s, OF_NEW)],
  ];
  for (const [what, old, slim] of cases)
    it(`${what}: the same verdict as the Unicode expression on ${ROUNDS} generated strings`, () => {
      const r = random(what.length * 7919);
      let agreed = 0;
      let matched = 0;
      for (let i = 0; i < ROUNDS; i++) {
        // Most strings end in one of the words and a space, so both answers come up often.
        const s = joined(r, PARTS, Math.floor(r() * 6)) + (r() < 0.7 ? pick(r, ENDINGS) + pick(r, [' ', '  ', '\u00a0', '\n', '']) : '');
        const want = old.test(s);
        expect([s, slim(s)]).toEqual([s, want]);
        agreed++;
        if (want) matched++;
      }
      expect(agreed).toBe(ROUNDS);
      // The generated strings exercise both answers, not only "no".
      expect(matched).toBeGreaterThan(ROUNDS / 50);
    });

  it('reads a letter outside the BMP, a mark-less digit and the start of the text', () => {
    expect(letterBefore('𝐀x', 2)).toBe(true);
    expect(letterBefore('1x', 1)).toBe(false);
    expect(letterBefore('x', 0)).toBe(false);
    expect(endsWithWord('vicechairman ', LOWER_NEW)).toBe(false);
    expect(endsWithWord('xprime minister ', LOWER_NEW)).toBe(true);
  });

  it('refuses an expression that is not global (its lastIndex would not move)', () => {
    expect(() => endsWithWord('chair ', /chair\s+$/)).toThrow(TypeError);
  });
});

describe('dateline codes: an open repeat with the count checked in code', () => {
  const OLD =
    /((?:\p{Lu}[\p{L}.'\u2019-]*)(?: (?:\p{Lu}[\p{L}.'\u2019-]*|of|de|la)){0,3}), ([A-Z]{2,3})(?=(,\s*(?:\p{Lu}\p{Ll}{2,}\.?\s+\d|\d)|\s*[,:/(\u2013\u2014-]|\s*$))/uy;
  const PARTS = [
    'Perth',
    'ST.',
    'Louis',
    'San',
    'Jose',
    'of',
    'de',
    'la',
    'Nov.',
    '18',
    'Ø',
    'Ålesund',
    "O'Neil",
    'A',
    'WA',
    'NY',
    'IN',
    'ACT',
    ' ',
    ', ',
    ',',
    ' - ',
    ':',
    '/',
    '(',
    '\u2013',
    'x',
    '.',
  ];
  const PLACE = ['Perth', 'ST.', 'Louis', 'San', 'Jose', 'of', 'de', 'la', 'Ø', 'Ålesund', "O'Neil", 'A', 'x', 'Nov.', 'Île'];
  const CODES = ['WA', 'NY', 'IN', 'ACT', 'Wa', 'NSW', 'QLDX', 'N'];
  const AFTER = ['', ' ', ', Nov. 18', ', 4 March', ',2', ' - ', ' (', ':', '/', ' \u2013 x', ' x', 'x', ', Oct 1'];
  it(`the same match (groups and all) as the bounded expression on ${ROUNDS} generated lines`, () => {
    const r = random(1234);
    let matched = 0;
    for (let i = 0; i < ROUNDS; i++) {
      // Most lines are shaped like datelines: one to six words, a comma, a code, what follows.
      const words = Array.from({ length: 1 + Math.floor(r() * 6) }, () => pick(r, PLACE));
      const s =
        r() < 0.8
          ? words.join(pick(r, [' ', ' ', ' ', '  ', '-'])) + pick(r, [', ', ',', ' ,']) + pick(r, CODES) + pick(r, AFTER)
          : joined(r, PARTS, 2 + Math.floor(r() * 9));
      for (let at = 0; at < Math.min(s.length, 3); at++) {
        OLD.lastIndex = at;
        const want = OLD.exec(s);
        const got = datelineAt(s, at);
        expect([s, at, got ? [...got] : null]).toEqual([s, at, want ? [...want] : null]);
        if (want) matched++;
      }
    }
    expect(matched).toBeGreaterThan(ROUNDS / 50);
  });
  it('takes four words and refuses five', () => {
    expect(datelineAt('Isle of Man Town, WA - news', 0)?.[2]).toBe('WA');
    expect(datelineAt('Big Isle of Man Town, WA - news', 0)).toBeNull();
  });
});

describe('a place opening a longer name: a set of words instead of an alternation', () => {
  const OLD =
    /^ (?:Airport|Airpark|Airlines|Airways|Street|St\.|Avenue|Ave\.|Road|Boulevard|Square|University|College|Institute|School|Hospital|Times|Post|Herald|Tribune|Journal|Daily|Instruments|Tech|Stadium|Bridge|Tower|Hotel|Club|FC|Pictures|Records|Zoo|Museum|Library|Cathedral|Sausage|Sponge|Inc\.|Inc|Ltd|Limited|Corp|Corporation|LLC|GmbH|AG|plc|PLC|Pty|NL)(?![\p{L}\p{N}])/u;
  /** `opensLongerName` as it was, on the old expression. */
  const reference = (text: string, end: number): boolean => {
    const next = text.charCodeAt(end + 1);
    if (text.charCodeAt(end) !== 32 || next < 65 || next > 90) return false;
    return OLD.test(text.slice(end, end + 14));
  };
  const WORDS = [
    'Airport',
    'Airlines',
    'St',
    'St.',
    'Street',
    'Ave',
    'Ave.',
    'Inc',
    'Inc.',
    'Corp',
    'Corporation',
    'Tech',
    'AG',
    'PLC',
    'plc',
    'NL',
    'Instruments',
    'Post',
    'Posts',
  ];
  const TAILS = ['', ' ', '.', ',', 'x', 'é', '1', '-', "'s", '’', '.x', '. ', '.é', 's', '𝐀', 'ology'];
  it(`the same verdict as the expression on ${ROUNDS} generated strings`, () => {
    const r = random(4242);
    let yes = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const s = pick(r, ['Texas', 'China', 'Georgia']) + pick(r, [' ', ' ', '  ', '']) + pick(r, WORDS) + pick(r, TAILS) + pick(r, TAILS);
      const end = s.indexOf(' ') < 0 ? s.length : s.indexOf(' ');
      const want = reference(s, end);
      expect([s, opensLongerName(s, end)]).toEqual([s, want]);
      if (want) yes++;
    }
    expect(yes).toBeGreaterThan(ROUNDS / 10);
  });
});

describe('project words: a set of products instead of an alternation written twice', () => {
  const PRODUCT =
    '(?:(?:Heavy |Light )?Rare Earths?(?: Elements?)?|REE|Critical Minerals?|(?:Heavy )?Mineral Sands|Ionic Clay|Lithium|Niobium|Tantalum|Graphite|Antimony|Tungsten|Nickel|Cobalt|Copper|Uranium|Gallium|Vanadium|Fluorspar|Scandium|Zircon(?:ium)?|Titanium|Phosphate|Manganese|Polymetallic|Molybdenum|Zinc|Lead|Silver|Gold|Tin|Potash|Magnesium|Bismuth|Chromite|Platinum|PGM|Beryllium|Germanium|Indium|Iron Ore)';
  const OLD = new RegExp(
    `^ (?:${PRODUCT}(?:(?: and | & |-|/)${PRODUCT})? )?(?:Project|Mine|Mill|Refinery|Plant|Facility|Complex|Deposit|Property|Operations?|Hub|Smelter|Module|PROJECT|MINE|MILL|REFINERY|PLANT)`,
  );
  const WORD = /[\p{L}\p{N}]/u;
  /** `projectWordEnd` as it was, on the old expression. */
  const reference = (text: string, end: number): number => {
    if (text.charCodeAt(end) !== 32) return end;
    const m = OLD.exec(text.slice(end, end + 64));
    if (!m) return end;
    const after = end + m[0].length;
    return after < text.length && WORD.test(text[after]!) ? end : after;
  };
  const PARTS = [
    ' ',
    ' ',
    'Rare',
    'Earth',
    'Earths',
    'Element',
    'Elements',
    'Heavy',
    'Light',
    'Mineral',
    'Sands',
    'Critical',
    'Minerals',
    'REE',
    'Ionic',
    'Clay',
    'Zircon',
    'Zirconium',
    'ium',
    'Lithium',
    'Tantalum',
    'Graphite',
    ' and ',
    ' & ',
    '-',
    '/',
    'Project',
    'Projects',
    'Mine',
    'Mill',
    'PROJECT',
    'Operation',
    'Operations',
    'Hub',
    'x',
    '.',
    ',',
  ];
  const PRODUCTS = [
    'Rare Earth',
    'Rare Earths Elements',
    'Heavy Rare Earth Element',
    'Light Rare Earths',
    'REE',
    'Critical Mineral',
    'Heavy Mineral Sands',
    'Mineral Sands',
    'Ionic Clay',
    'Zircon',
    'Zirconium',
    'Lithium',
    'Polymetallic',
    'Fluorspar',
    'Rare',
    'Gold',
  ];
  const KINDS = ['Project', 'Mine', 'Operation', 'Operations', 'PLANT', 'Hub', 'Module', 'Projects', 'Site', 'project'];
  it(`the same end as the old expression on ${ROUNDS * 2} generated tails`, () => {
    const r = random(99);
    let moved = 0;
    for (let i = 0; i < ROUNDS * 2; i++) {
      // Most tails are shaped like the names: products, a joiner, a product, a project word, what follows.
      const product = () => pick(r, PRODUCTS);
      const s =
        'Nolans' +
        (r() < 0.7
          ? ` ${product()}${r() < 0.5 ? pick(r, [' and ', ' & ', '-', '/', ' ']) + product() : ''} ${pick(r, KINDS)}${pick(r, ['', ' ', 's', ',', 'x'])}`
          : (r() < 0.9 ? ' ' : '') + joined(r, PARTS, 1 + Math.floor(r() * 8)));
      const want = reference(s, 6);
      expect([s, projectWordEnd(s, 6)]).toEqual([s, want]);
      if (want !== 6) moved++;
    }
    expect(moved).toBeGreaterThan(ROUNDS / 50);
  });
  it('reads the products, the joiners and a word that goes on', () => {
    const end = (s: string) => projectWordEnd(s, 5);
    expect(end('Halls Rare Earths Elements Project here')).toBe('Halls Rare Earths Elements Project'.length);
    expect(end('Kenya Lithium-Tantalum Project')).toBe('Kenya Lithium-Tantalum Project'.length);
    expect(end('Rhyol Lithium-Boron Project')).toBe('Rhyol Lithium-Boron Project'.length);
    expect(end('Nolan NdPr Project')).toBe('Nolan NdPr Project'.length);
    expect(end('Ashra Rare Earth and Fluorspar Deposit')).toBe('Ashra Rare Earth and Fluorspar Deposit'.length);
    expect(end('Nolan Projects')).toBe(5);
  });
});
