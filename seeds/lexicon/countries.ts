/**
 * Countries and capitals for the dictionary, generated from the `world-countries` data set
 * (names, official names, alternative spellings, capitals, subregions) rather than typed by hand.
 * Node only, at build time: the extension ships the result in the generated dictionary, never the
 * data set. The prose (one-line descriptions) is ours; the facts come from the data set.
 *
 * What is not taken from the data: two-letter codes (`IN`, `CD` are words or abbreviations),
 * native-language spellings, inverted forms (`Korea, Republic of`), territories too small to be
 * news in this field, and capitals that are also common first names or a country's very name
 * (`Singapore`; `Mexico City` and `Panama City` are taken: the longer name wins where they stand).
 * Short forms the news really uses (`UK`, `DRC`, `UAE`, `Burma`) are listed here by hand.
 */
import countries from 'world-countries';
import type { Alias, Entity } from '../../lib/catalog/schema';

/** Ids of countries the seed catalog already had (kept stable: saved facts point at them). */
const FIXED_IDS: Record<string, string> = { US: 'country-us' };

/** Short forms the news uses that the data set lacks or buries among native spellings. */
const SHORT_FORMS: Record<string, Alias[]> = {
  GB: [{ text: 'UK', case: 'exact' }, { text: 'U.K.' }, { text: 'Britain' }, { text: 'Great Britain' }],
  AE: [{ text: 'UAE', case: 'exact' }, { text: 'U.A.E.' }],
  CD: [
    { text: 'DRC', case: 'exact' },
    { text: 'DR Congo' },
    { text: 'D.R. Congo' },
    { text: 'Congo-Kinshasa' },
    { text: 'Democratic Republic of Congo' },
    // News on cobalt and copper writes the DRC as `Congo` once it has named it; the Republic of the
    // Congo is `Congo-Brazzaville` or its full name.
    {
      text: 'Congo',
      requires: ['country-dr-congo'],
      ambiguous: true,
      note: 'Also the Republic of the Congo and the river: the DRC only in an article that names it by another form.',
    },
  ],
  CG: [
    { text: 'Congo-Brazzaville' },
    // A fact sheet or wire on Congo-Brazzaville's iron ore or oil names it in full once, then `Congo`.
    {
      text: 'Congo',
      requires: ['country-republic-of-the-congo'],
      ambiguous: true,
      note: 'Also the DRC and the river: the Republic of the Congo only in an article that names it by another form.',
    },
  ],
  KR: [
    { text: 'Korea', note: 'In business news on its own, South Korea (Korea Zinc, Korea Electric Power); North Korea is always named so.' },
    { text: 'ROK', case: 'exact' },
  ],
  KP: [{ text: 'DPRK', case: 'exact' }],
  RU: [{ text: 'Russian Federation' }],
  CZ: [{ text: 'Czech Republic' }],
  TR: [{ text: 'Turkey' }, { text: 'Turkiye' }, { text: 'Republic of Turkey' }],
  CI: [{ text: "Côte d'Ivoire" }, { text: "Cote d'Ivoire" }],
  MM: [{ text: 'Burma' }],
  SZ: [{ text: 'Swaziland' }],
  CV: [{ text: 'Cabo Verde' }],
  TL: [{ text: 'East Timor' }],
  NL: [{ text: 'Holland' }, { text: 'The Netherlands' }],
  VA: [{ text: 'Holy See' }, { text: 'Vatican' }],
  TW: [{ text: 'Chinese Taipei' }],
  MK: [{ text: 'Macedonia' }],
  LA: [{ text: 'Lao PDR' }],
  BN: [{ text: 'Brunei Darussalam' }],
  MO: [{ text: 'Macao' }],
  VN: [{ text: 'Viet Nam' }],
};

/**
 * Country names that are also people's or places' names: the name becomes `X (country)` and the
 * bare word an alias that counts only beside a neighbour (the catalog's ambiguity rule).
 */
const CONTEXT_ONLY: Record<string, { requires: string[]; note: string; ambiguous?: boolean }> = {
  GE: {
    requires: ['country-russia', 'country-armenia', 'country-azerbaijan', 'country-turkiye', 'country-ukraine'],
    note: 'Also a US state (region-georgia-us): the country only beside its neighbours.',
    ambiguous: true,
  },
  JO: {
    requires: ['country-israel', 'country-saudi-arabia', 'country-iraq', 'country-syria', 'country-egypt', 'country-lebanon', 'region-middle-east'],
    note: 'Also a first name and a river: the country only beside its neighbours.',
  },
  TD: {
    requires: ['country-niger', 'country-nigeria', 'country-sudan', 'country-cameroon', 'country-libya', 'country-central-african-republic', 'region-africa'],
    note: 'Also a first name: the country only beside its neighbours.',
  },
};

/** Demonyms shared by several countries (`Congolese`, `Dominican`), or a word: no `X government` form. */
const DEMONYM_SKIP = new Set(['CG', 'CD', 'DM', 'DO', 'GN', 'GW', 'GQ', 'PG', 'NE', 'NG', 'SD', 'SS', 'KP', 'KR', 'US', 'IN', 'BR', 'CA']);

/** Territories left out: too small to be news in this field, or a common word. */
const SKIP = new Set([
  'AX',
  'BV',
  'HM',
  'UM',
  'IO',
  'TF',
  'JE',
  'GG',
  'IM',
  'BL',
  'MF',
  'PM',
  'SH',
  'SJ',
  'WF',
  'TK',
  'NU',
  'CC',
  'CX',
  'NF',
  'PN',
  'GS',
  'RE',
  'YT',
  'AQ',
  'BQ',
  'SX',
  'CW',
  'AI',
  'MS',
  'VG',
  'VI',
  'AS',
  'GU',
  'MP',
  'KY',
  'TC',
  'FK',
  'FO',
  'GI',
]);

/** Capitals that are common first names, or shared with a better-known place, left out. */
const SKIP_CAPITALS = new Set([
  // Written by hand in regions.json.
  'Mexico City',
  'Victoria',
  'Kingston',
  'Georgetown',
  'Sofia',
  'Moroni',
  'Hamilton',
  'Stanley',
  'Jamestown',
  'Plymouth',
  'Washington D.C.',
  'City of Victoria',
  "Saint John's",
  'Palikir',
  'Yaren',
]);

/** Capitals that stand for another government than their country's: Brussels for the EU. */
const SEATS: Record<string, string> = { Brussels: 'organisation-eu' };

/** Capitals the news writes without their diacritics or by an older name. */
const CAPITAL_ALIASES: Record<string, Alias[]> = {
  Brasília: [{ text: 'Brasilia' }],
  Astana: [{ text: 'Nur-Sultan' }],
  Kyiv: [{ text: 'Kiev' }],
  'New Delhi': [{ text: 'Delhi', note: 'The city and the seat of government are one in the news.' }],
  Naypyidaw: [{ text: 'Nay Pyi Taw' }, { text: 'Naypyitaw' }],
  Bogotá: [{ text: 'Bogota' }],
  Asunción: [{ text: 'Asuncion' }],
  Nouméa: [{ text: 'Noumea' }],
  Chișinău: [{ text: 'Chisinau' }],
  Reykjavik: [],
  Lomé: [{ text: 'Lome' }],
  Yaoundé: [{ text: 'Yaounde' }],
  Nukuʻalofa: [{ text: "Nuku'alofa" }],
};

/** kebab-case of a display name (`Côte d'Ivoire` → `cote-d-ivoire`). */
export function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The id of a country in the data set. */
export function countryId(cca2: string, common: string): string {
  return FIXED_IDS[cca2] ?? `country-${kebab(common)}`;
}

/** An official name worth matching: Latin script, not inverted, not the common name again. */
function usable(text: string, common: string): boolean {
  return text !== common && !text.includes(',') && /^[\p{Script=Latin}\s'’().-]+$/u.test(text) && /\s/.test(text);
}

interface CountryRecord {
  cca2: string;
  demonyms?: { eng?: { m?: string } };
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  subregion?: string;
  region: string;
  independent?: boolean;
  unMember?: boolean;
}

const DATA = (countries as unknown as CountryRecord[]).filter((c) => !SKIP.has(c.cca2));

function describeCountry(c: CountryRecord): string {
  const where = c.subregion || c.region;
  const capital = c.capital[0] ? `; capital ${c.capital[0]}` : '';
  return c.independent ? `Country in ${where}${capital}.` : `Territory in ${where}${capital}.`;
}

/** Every country and territory of the data set as a dictionary entity. */
export function countryEntities(): Entity[] {
  return DATA.map((c) => {
    const id = countryId(c.cca2, c.name.common);
    const context = CONTEXT_ONLY[c.cca2];
    const name = context ? `${c.name.common} (country)` : c.name.common;
    const aliases: Alias[] = [];
    const seen = new Set<string>([name.toLowerCase()]);
    const push = (a: Alias) => {
      const key = a.text.toLowerCase();
      if (seen.has(key)) return;
      seen.add(key);
      aliases.push({ ...a, variant: true });
    };
    if (usable(c.name.official, c.name.common)) push({ text: c.name.official });
    for (const s of c.altSpellings)
      if (
        usable(s, c.name.common) &&
        /^(?:the )?(?:Republic|Kingdom|State|Federation|Commonwealth|Union|Democratic|Federal|Islamic|People's|Socialist|United|Principality|Grand Duchy|Sultanate|Plurinational|Bolivarian|Hashemite|Oriental|Argentine|Co-operative|Independent)\b/i.test(
          s,
        )
      )
        push({ text: s });
    for (const a of SHORT_FORMS[c.cca2] ?? []) push(a);
    // The state acting as itself: `Australian Government`, `the Canadian government`.
    const demonym = c.demonyms?.eng?.m;
    if (c.independent && demonym && !demonym.includes(',') && !DEMONYM_SKIP.has(c.cca2)) {
      push({ text: `${demonym} Government`, noPlural: true });
      push({ text: `${demonym} government`, noPlural: true });
    }
    if (context) push({ text: c.name.common, requires: context.requires, ...(context.ambiguous ? { ambiguous: true } : {}), note: context.note });
    return { id, name, kind: 'country', aliases, description: describeCountry(c) } satisfies Entity;
  });
}

/** Capitals of independent countries as regions, each tied to its country. */
export function capitalEntities(): Entity[] {
  const out: Entity[] = [];
  for (const c of DATA) {
    if (!c.independent) continue;
    for (const capital of c.capital) {
      if (SKIP_CAPITALS.has(capital) || capital === c.name.common) continue;
      const aliases = (CAPITAL_ALIASES[capital] ?? []).map((a) => ({ ...a, variant: true }));
      out.push({
        id: `region-${kebab(capital)}`,
        name: capital,
        kind: 'region',
        aliases,
        description: `Capital of ${c.name.common}; in policy news often shorthand for its government.`,
        country: countryId(c.cca2, c.name.common),
        seatOf: SEATS[capital] ?? countryId(c.cca2, c.name.common),
      });
    }
  }
  return out;
}
