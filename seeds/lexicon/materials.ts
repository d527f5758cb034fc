/**
 * The elements of the rare-earth chain and of the US (USGS 2022 and 2025) and EU (Critical Raw
 * Materials Act, 2023) critical-minerals lists, generated from the `chemical-elements` data set
 * (names, symbols, atomic numbers) rather than typed by hand, with the rare-earth oxides and their
 * formulas. Node only, at build time. Which list names an element is ours to state; which words need
 * a context rule is a precision decision, explained beside each set.
 */
import { elements } from 'chemical-elements';
import type { Alias, Entity } from '../../lib/catalog/schema';
import { FIELD_CONTEXT } from '../../lib/spotter/commodity-context';

interface ElementRecord {
  number: number;
  symbol: string;
  name: string;
}

const ELEMENTS = elements as unknown as ElementRecord[];

/** The 17 rare earth elements: the 15 lanthanides, scandium and yttrium. */
export const RARE_EARTHS = ['La', 'Ce', 'Pr', 'Nd', 'Pm', 'Sm', 'Eu', 'Gd', 'Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu', 'Sc', 'Y'];
/** Heavy rare earths as the industry groups them (gadolinium to lutetium, and yttrium). */
const HEAVY = new Set(['Gd', 'Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu', 'Y']);
/** The magnet rare earths. */
const MAGNET = new Set(['Pr', 'Nd', 'Tb', 'Dy']);

/** Elements on the USGS 2022 list of critical minerals (besides the rare earths). */
const US_2022 = [
  'Al',
  'Sb',
  'As',
  'Be',
  'Bi',
  'Cs',
  'Cr',
  'Co',
  'Ga',
  'Ge',
  'Hf',
  'In',
  'Ir',
  'Li',
  'Mg',
  'Mn',
  'Ni',
  'Nb',
  'Pd',
  'Pt',
  'Rh',
  'Rb',
  'Ru',
  'Ta',
  'Te',
  'Sn',
  'Ti',
  'W',
  'V',
  'Zn',
  'Zr',
];
/** Elements the 2025 US list added. */
const US_2025 = ['B', 'Cu', 'Pb', 'Re', 'Si', 'Ag', 'U'];
/** Elements named (as such or by their ore) on the EU's 2023 critical raw materials list. */
const EU_2023 = [
  'Sb',
  'As',
  'Al',
  'Be',
  'Bi',
  'B',
  'Co',
  'Cu',
  'Ga',
  'Ge',
  'Hf',
  'He',
  'Li',
  'Mg',
  'Mn',
  'Ni',
  'Nb',
  'P',
  'Sc',
  'Si',
  'Sr',
  'Ta',
  'Ti',
  'W',
  'V',
  'Pt',
  'Pd',
  'Ir',
  'Rh',
  'Ru',
];
/**
 * Further elements the field's news names (gold beside copper, selenium in the seeds...), and the
 * reagents and by-products of processing it writes about (fluorine and sulfur in cracking, radium
 * in tailings). Not carbon, oxygen or nitrogen (news names them for emissions and air), nor
 * hydrogen (`hydrogen processing` of magnets is a method: two of three annotators left it unmarked).
 */
const OTHERS = ['Au', 'Se', 'I', 'Mo', 'Fe', 'Th', 'F', 'S', 'Cl', 'Ra', 'Cd'];

/**
 * Symbols matched (only in a list of materials or before a material noun: the `symbol` rule).
 * One-letter symbols (`B`, `U`) and `In` are left out: they are letters and words first; `V`, `W`
 * and `Y` count only after a unit of price or grade, in brackets after their element (`Tungsten (W)`) or listed beside another symbol.
 */
const SYMBOLS = new Set([
  ...RARE_EARTHS.filter((s) => s.length === 2),
  'Li',
  'Co',
  'Ni',
  'Mn',
  'Ga',
  'Ge',
  'Sb',
  'Cu',
  'Nb',
  'Ta',
  'Zr',
  'Hf',
  'Ti',
  'Pt',
  'Pd',
  'Mg',
  'Cr',
  'Zn',
  'Sn',
  'Pb',
  'Ag',
  'Au',
  'Te',
  'Bi',
  // Iron ore's grade (`65% Fe`), molybdenum's price (`$/lb Mo`), bauxite's alumina, the minor PGMs.
  'Fe',
  'Mo',
  'Al',
  'Rh',
  'Ru',
  'Ir',
  'Cd',
  // One letter: only after a unit of price or grade (`$24.50/kg V`) or listed beside another
  // symbol (`Sc and Y`), see lib/spotter/symbols.ts.
  'V',
  'W',
  'Y',
]);

/**
 * Names that are also ordinary words (a colour, a coin, a medal, a browser): they count only
 * beside an unambiguous mention of a material, a project or a policy in the same article (`FIELD_CONTEXT`, lib/spotter/commodity-context.ts).
 */
const CONTEXT_WORDS = new Set([
  // Reagents a school lesson or a pool-care page names as often as a refinery (`chlorine`, `sulfur`).
  'fluorine',
  'sulfur',
  'chlorine',
  'radium',
  'gold',
  'silver',
  'copper',
  'iron',
  'nickel',
  'platinum',
  'chromium',
  'cobalt',
  'zinc',
  'bismuth',
  'indium',
  'aluminium',
  'titanium',
  'magnesium',
  'silicon',
  'helium',
  'palladium',
]);
/**
 * Materials of the field that everyday writing also names (a pencil's graphite, a fertiliser's
 * potash, iodised salt): they are marked where the page is about the field, but do not by
 * themselves make a page one about it (`general`, lib/spotter/topic.ts).
 */
export const EVERYDAY_MATERIALS = new Set([
  'graphite',
  'iodine',
  'boron',
  'arsenic',
  'phosphorus',
  'potash',
  'zircon',
  'phosphate rock',
  'fluorine',
  'sulfur',
  'chlorine',
  'radium',
]);
/** Names that are everyday words first (`lead to`, `tin can`): only in a list of materials. */
const LIST_ONLY_WORDS = new Set(['lead', 'tin']);

/** The spellings the news uses beside the data set's (`aluminium` in the data, `aluminum` in the US). */
const SPELLINGS: Record<string, string[]> = { aluminium: ['aluminum'], caesium: ['cesium'], sulfur: ['sulphur'], chromium: ['chrome'] };

/**
 * Spellings that are matched only in lower case (none now: `Chrome` opening a sentence or a headline in
 * capitals is the metal's trade name as `chrome` is, blind-141; the browser's names are stop phrases).
 */
const LOWER_ONLY = new Set<string>([]);

/** Rare earth oxides as traded, with their formulas. */
const OXIDE_FORMULAS: Record<string, string[]> = {
  La: ['La2O3'],
  Ce: ['CeO2'],
  Pr: ['Pr6O11'],
  Nd: ['Nd2O3'],
  Sm: ['Sm2O3'],
  Eu: ['Eu2O3'],
  Gd: ['Gd2O3'],
  Tb: ['Tb4O7'],
  Dy: ['Dy2O3'],
  Ho: ['Ho2O3'],
  Er: ['Er2O3'],
  Tm: ['Tm2O3'],
  Yb: ['Yb2O3'],
  Lu: ['Lu2O3'],
  Sc: ['Sc2O3'],
  Y: ['Y2O3'],
};

function lists(symbol: string): string {
  const on: string[] = [];
  if (US_2022.includes(symbol) || RARE_EARTHS.includes(symbol)) on.push('the US critical minerals list');
  else if (US_2025.includes(symbol)) on.push('the US critical minerals list (added in 2025)');
  if (EU_2023.includes(symbol) || RARE_EARTHS.includes(symbol)) on.push("the EU's critical raw materials list");
  return on.length ? `; on ${on.join(' and ')}` : '';
}

function describe(e: ElementRecord): string {
  if (RARE_EARTHS.includes(e.symbol)) {
    const group = e.symbol === 'Sc' ? 'rare earth element (scandium)' : HEAVY.has(e.symbol) ? 'heavy rare earth element' : 'light rare earth element';
    const magnet = MAGNET.has(e.symbol) ? ', used in NdFeB permanent magnets' : '';
    return `A ${group} (${e.symbol}, atomic number ${e.number})${magnet}${lists(e.symbol)}.`;
  }
  return `Chemical element ${e.symbol} (atomic number ${e.number})${lists(e.symbol)}.`;
}

/** The id of an element's entity: `material-<name>` (the seed catalog's convention). */
export const elementId = (name: string): string => `material-${name.toLowerCase()}`;

/** Every element the lexicon covers, and each rare earth's oxide. */
export function materialEntities(): Entity[] {
  const wanted = new Set([...RARE_EARTHS, ...US_2022, ...US_2025, ...EU_2023, ...OTHERS]);
  const out: Entity[] = [];
  for (const e of ELEMENTS) {
    if (!wanted.has(e.symbol)) continue;
    const word = e.name.toLowerCase();
    const aliases: Alias[] = CONTEXT_WORDS.has(word) ? [] : (SPELLINGS[word] ?? []).map((text) => ({ text, variant: true }));
    if (SYMBOLS.has(e.symbol)) aliases.push({ text: e.symbol, case: 'exact', symbol: true, noPlural: true, variant: true });
    // A rule on the bare name: an alias with the name's text replaces the name's own form.
    if (CONTEXT_WORDS.has(word)) {
      aliases.push({
        text: word,
        requires: [...FIELD_CONTEXT],
        note: 'An everyday word or an everyday material (a colour, a medal, a phone frame): only beside a material, a project or a policy of the field.',
      });
      for (const spelling of SPELLINGS[word] ?? [])
        aliases.push({
          text: spelling,
          requires: [...FIELD_CONTEXT],
          ...(LOWER_ONLY.has(spelling) ? { case: 'exact' as const } : {}),
          note: 'As the name above.',
        });
    }
    if (LIST_ONLY_WORDS.has(word))
      aliases.push({
        text: word,
        symbol: true,
        requires: ['kind:material'],
        note: 'An everyday word first: only in a list of materials or before a material noun, beside another material.',
      });
    out.push({
      id: elementId(e.name),
      name: word,
      kind: 'material',
      aliases,
      description: describe(e),
      ...(EVERYDAY_MATERIALS.has(word) ? { general: true } : {}),
    });
    const formulas = OXIDE_FORMULAS[e.symbol];
    if (formulas) {
      out.push({
        id: `${elementId(e.name)}-oxide`,
        name: `${word} oxide`,
        kind: 'material',
        // `Dy oxide`, `Tb oxide`: the symbol with the word, as press releases write the product.
        aliases: [
          // `dysprosium and terbium oxides` shares one noun between two elements: the plural names
          // the elements (what a reader sees), the singular `terbium oxide` the traded product.
          { text: `${word} oxide`, noPlural: true },
          ...formulas.map((text): Alias => ({ text, case: 'exact', noPlural: true, variant: true })),
          ...(SYMBOLS.has(e.symbol) ? [{ text: `${e.symbol} oxide`, variant: true }] : []),
        ],
        description: `The oxide of ${word} (${formulas.join(', ')}), the form in which separated ${word} is usually traded.`,
        related: [elementId(e.name)],
      });
    }
  }
  return out;
}
