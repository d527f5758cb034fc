// The events of real seed sentences and sentence pairs (issue 12), written from reading the seeds
// before the event extractor was built. Each row is a verbatim slice of a seed as the pipeline
// normalises it: from the unit that starts with `from` (a sentence, or the opening of a paragraph
// or section that dates it) to the sentence that starts with `target`. The slice is run through the
// real pipeline (catalog spotter + extractFacts) at its seed's publication date, and the target
// sentence must yield exactly the listed events, in order: each event's clause holds its `clause`
// words (and none of another event's), with its own date, precision, planned flag and `from`.
// Entity ids listed must be among the event's (others may be recognised too: the catalog grows).
import { describe, expect, it } from 'vitest';
import catalogJson from '../../../seeds/catalog.json' with { type: 'json' };
import { loadCatalog } from '../../../lib/catalog/load';
import { extractFacts, relatedItemText } from '../../../lib/facts/extract';
import type { DatePrecision, Fact, FactDate } from '../../../lib/facts/schema';
import { createSpotter } from '../../../lib/spotter/matcher';
import { extractRelatedItems, normaliseArticleText } from '../../../lib/text/normalise';
import { splitSentences } from '../../../lib/text/sentences';
import { readSeeds } from '../../../seeds/read-seeds';

interface Expected {
  clause: string;
  value: string;
  precision: DatePrecision;
  planned: boolean;
  from: FactDate['from'];
  qualifier?: string;
  until?: string;
  entities?: string[];
}
type Row = [source: string, from: string | null, target: string, events: Expected[]];

const PUBLISHED: Record<string, { published: string; publishedPrecision?: 'day' | 'month' }> = {
  '000': { published: '2025-11-28' },
  '001': { published: '2025-12-12' },
  '002': { published: '2026-01-01', publishedPrecision: 'month' },
  '003': { published: '2025-09-13' },
  '004': { published: '2025-12-01', publishedPrecision: 'month' },
  related: { published: '2026-01-30' },
};

const ev = (clause: string, value: string, precision: DatePrecision, planned: boolean, from: FactDate['from'], extra: Partial<Expected> = {}): Expected => ({
  clause,
  value,
  precision,
  planned,
  from,
  ...extra,
});
// Publication dates as the seeds give them: dated by the report ("reported 28 Nov 2025").
const p000 = (clause: string, planned = false, extra: Partial<Expected> = {}) => ev(clause, '2025-11-28', 'day', planned, 'published', extra);
const p001 = (clause: string, planned = false, extra: Partial<Expected> = {}) => ev(clause, '2025-12-12', 'day', planned, 'published', extra);
const p002 = (clause: string, planned = false, extra: Partial<Expected> = {}) => ev(clause, '2026-01', 'month', planned, 'published', extra);
const p003 = (clause: string, planned = false, extra: Partial<Expected> = {}) => ev(clause, '2025-09-13', 'day', planned, 'published', extra);
const p004 = (clause: string, planned = false, extra: Partial<Expected> = {}) => ev(clause, '2025-12', 'month', planned, 'published', extra);

const TABLE: Row[] = [
  // ── 000 ──
  [
    '000',
    null,
    'The Indian Cabinet officially passed',
    [ev('officially passed a 72.8 billion rupee', '2025-11-26', 'day', false, 'text', { entities: ['government-india-union-cabinet'] })],
  ],
  // Reported is not happened: present tense after a dated deed is the report's present, not the deed's day.
  ['000', 'The Indian Cabinet officially passed', 'The plan aims to select', [p000('select five enterprises through competitive tender', true)]],
  // Two events: a purpose (undated, planned) and a milestone with its own date.
  [
    '000',
    null,
    'The move is intended to meet',
    [
      p000('The move is intended to meet domestic demand', true),
      ev('magnet consumption expected to double by 2030', '2030', 'year', true, 'text', { qualifier: 'by', entities: ['country-india'] }),
    ],
  ],
  // Three events: a plan, its target, and another company's deed after `;`.
  [
    '000',
    null,
    "At the enterprise level, India's Lohum",
    [
      p000('Lohum plans to invest 50 billion rupees', true, { entities: ['company-lohum'] }),
      ev('targeting an annual capacity of 2,000 mt by 2028', '2028', 'year', true, 'text', { qualifier: 'by', entities: ['company-lohum'] }),
      p000('is also advancing the construction of a magnet plant', false, { entities: ['company-irel', 'region-andhra-pradesh'] }),
    ],
  ],
  [
    '000',
    null,
    'Currently, only the Kenering project',
    [
      p000('Kenering project in Perak is being developed', false, { entities: ['project-kenering'] }),
      p000("Lynas's processing plant in Pahang faces controversy", false, { entities: ['company-lynas'] }),
    ],
  ],
  [
    '000',
    null,
    "Malaysia's Acting Minister of Natural Resources",
    [p000('pointed out that although', false, { entities: ['person-zahari', 'country-malaysia'] })],
  ],
  [
    '000',
    null,
    'The European Commission plans to announce',
    [
      ev('plans to announce a key raw materials supply chain autonomy plan on December 3', '2025-12-03', 'day', true, 'text', {
        entities: ['government-european-commission'],
      }),
    ],
  ],
  // A new topic after a plan: no date passes.
  [
    '000',
    'The European Commission plans to announce',
    'Media criticism once again targeted',
    [p000("targeted China's slow issuance of export licenses", false, { entities: ['country-china'] })],
  ],
  [
    '000',
    null,
    'The US Department of Defense provided a $620 million loan',
    [
      p000('$620 million loan to magnet producer Vulcan Elements and an $80 million loan', false, {
        entities: ['government-us-department-of-defense', 'company-vulcan-elements', 'company-reelement-technologies'],
      }),
    ],
  ],
  [
    '000',
    'The US Department of Defense provided',
    'Separately, the US Department of the Army awarded',
    [p000('awarded Element USA $29.9 million', false, { entities: ['company-element-usa'] })],
  ],
  [
    '000',
    null,
    'American Rare Earths (ARE) updated',
    [
      p000('updated the resource estimate for the Halleck Creek project', false, { entities: ['company-american-rare-earths'] }),
      ev('pre-feasibility study expected to commence in 2025', '2025', 'year', true, 'text', {
        entities: ['company-american-rare-earths', 'project-halleck-creek'],
      }),
    ],
  ],
  [
    '000',
    null,
    'State-owned Tau-Ken Samruk is conducting',
    [p000("has signed technical agreements with Japan's JOGMEC", false, { entities: ['company-tau-ken-samruk', 'government-jogmec'] })],
  ],

  // ── 001 ──
  [
    '001',
    null,
    "Vietnam's National Assembly passed",
    [
      ev('passed the amended Law on Geology and Minerals on December 11', '2025-12-11', 'day', false, 'text', {
        entities: ['government-vietnam-national-assembly'],
      }),
    ],
  ],
  // `The new legislation` names no entity: it is the law of the sentence before.
  [
    '001',
    "Vietnam's National Assembly passed",
    'The new legislation will take effect',
    [ev('will take effect on January 1, 2026', '2026-01-01', 'day', true, 'text', { entities: ['policy-vietnam-law-on-geology-and-minerals'] })],
  ],
  [
    '001',
    "Vietnam's National Assembly passed",
    "Vietnam's rare earth reserves are approximately",
    [p001('ranking sixth globally', false, { entities: ['country-vietnam'] })],
  ],
  ['001', null, "Malaysia's Deputy Minister", [ev('emphasized on December 10', '2025-12-10', 'day', false, 'text', { entities: ['person-liew-chin-tong'] })]],
  [
    '001',
    null,
    "Malaysia's rare earth reserves are about 16.1",
    [
      p001('reserves are about 16.1 million mt'),
      p001('94% of the resources are located in permanent forest reserves', false, { entities: ['country-malaysia'] }),
    ],
  ],
  [
    '001',
    "Malaysia's rare earth reserves are about 16.1",
    'The government plans to promote',
    [p001('plans to promote the construction of downstream processing capacity', true, { entities: ['country-malaysia'] })],
  ],
  // Two events: the announcement (done, its day) and what it announced (planned, its month).
  [
    '001',
    null,
    "Japan's Minister of Economic Security",
    [
      ev('announced on December 5', '2025-12-05', 'day', false, 'text', { entities: ['person-kimi-onoda'] }),
      ev('will commence a rare earth exploration drilling project offshore of Minamitorishima in January 2026', '2026-01', 'month', true, 'text', {
        entities: ['region-minamitorishima', 'country-japan'],
      }),
    ],
  ],
  ['001', "Japan's Minister of Economic Security", 'This move is seen as', [p001('is seen as a key initiative', false, { entities: ['country-japan'] })]],
  [
    '001',
    null,
    'USA Rare Earth has moved forward',
    [ev('by two years to 2028', '2028', 'year', true, 'text', { entities: ['company-usa-rare-earth', 'project-round-top'] })],
  ],
  // Two dated plans; `The company` is USA Rare Earth.
  [
    '001',
    'USA Rare Earth has moved forward',
    'The company plans to start its Colorado',
    [
      ev('start its Colorado processing plant in early 2026', '2026', 'year', true, 'text', {
        qualifier: 'early',
        entities: ['company-usa-rare-earth', 'region-colorado'],
      }),
      ev('complete the final feasibility study in 2027', '2027', 'year', true, 'text', { entities: ['company-usa-rare-earth'] }),
    ],
  ],
  // The example: the signing (done, reported) and the start of production (planned).
  [
    '001',
    null,
    'US magnet producer REAlloys signed',
    [
      p001('REAlloys signed a five-year rare earth procurement agreement', false, {
        entities: ['company-realloys', 'government-saskatchewan-research-council'],
      }),
      ev('commercial production scheduled to commence in December 2026', '2026-12', 'month', true, 'text', {
        entities: ['company-realloys', 'material-pr-nd'],
      }),
    ],
  ],
  [
    '001',
    'US magnet producer REAlloys signed',
    'The project received C$101 million',
    [p001('received C$101 million in funding support', false, { entities: ['company-realloys', 'country-canada'] })],
  ],
  [
    '001',
    null,
    'Australian mining company Tronox received',
    [p001('received a combined $6 billion financing intent', false, { entities: ['company-tronox'] })],
  ],
  [
    '001',
    null,
    'The European Commission recently approved',
    [p001('recently approved €3 billion in funding', false, { entities: ['government-european-commission'] })],
  ],
  [
    '001',
    'Namibia Critical Metals announced',
    'The project, in collaboration with',
    [p001('aims to secure long-term supply for Japan', true, { entities: ['government-jogmec', 'project-lofdal'] })],
  ],
  [
    '001',
    null,
    'Driven by the U.S.-Australia critical minerals agreement',
    [
      ev("Lynas's stock experienced significant volatility this year", '2025', 'year', false, 'text', { entities: ['company-lynas'] }),
      ev('rising to a peak in October', '2025-10', 'month', false, 'text', { entities: ['company-lynas'] }),
    ],
  ],
  [
    '001',
    'Driven by the U.S.-Australia critical minerals agreement',
    'The company is accelerating efforts',
    [p001('accelerating efforts to address supply chain challenges', false, { entities: ['company-lynas'] })],
  ],
  [
    '001',
    null,
    'The United States and Australia signed an agreement',
    [ev('signed an agreement in October', '2025-10', 'month', false, 'text', { entities: ['country-us', 'country-australia'] })],
  ],
  [
    '001',
    'The United States and Australia signed an agreement',
    'The U.S. Department of War is expected',
    [p001('expected to invest in building a gallium refinery', true, { entities: ['government-us-department-of-defense'] })],
  ],
  [
    '001',
    null,
    'China and Malaysia are in early-stage negotiations',
    [p001('are in early-stage negotiations'), p001('both sides still need to resolve issues')],
  ],

  // ── 001's Related News items (each dated 2026-01-30 by the list) ──
  [
    'related-1',
    null,
    'Chile has released its National Critical Minerals Strategy',
    [
      ev('has released its National Critical Minerals Strategy', '2026-01-30', 'day', false, 'published', {
        entities: ['policy-chile-critical-minerals-strategy'],
      }),
    ],
  ],
  // A paragraph that opens with `This week,` dates the deeds it goes on to list.
  [
    'related-2',
    'This week, overseas prices',
    'Key developments emerged',
    [ev('Key developments emerged in raw ore mining', '2026-01-26', 'day', false, 'context', { until: '2026-02-01', entities: ['country-us'] })],
  ],
  [
    'related-2',
    'This week, overseas prices',
    'The US government strengthened',
    [
      ev('Brazil formulated a national rare earth strategy', '2026-01-26', 'day', false, 'context', {
        until: '2026-02-01',
        entities: ['country-us', 'country-brazil'],
      }),
    ],
  ],
  [
    'related-3',
    'The two informed sources declined',
    'The Indian Ministry of Mines also did not respond',
    [ev('did not respond to an email request', '2026-01-30', 'day', false, 'published', { entities: ['government-india-ministry-of-mines'] })],
  ],

  // ── 002 ──
  // A plan's list of directives (imperatives) is planned.
  [
    '002',
    null,
    'Build a national rare earth innovation platform',
    [p002('Establish a Rare Earth New Materials Science and Innovation Center', true, { entities: ['organisation-rare-earth-innovation-center'] })],
  ],
  [
    '002',
    null,
    'Application reform: Launch',
    [p002('Launch a "Rare Earth Permanent Magnet Motor Replacement Project"', true, { entities: ['policy-inner-mongolia-motor-replacement'] })],
  ],
  [
    '002',
    null,
    'Inner Mongolia’s development plan designates',
    [p002('designates rare earths as a core strategic resource', false, { entities: ['region-inner-mongolia'] })],
  ],
  ['002', null, 'Intrinsic Tech achieves mass production', [p002('achieves mass production', false, { entities: ['company-intrinsic-tech'] })]],
  ['002', null, 'U.S.-Saudi rare earth refinery venture', [p002('aims to bypass China', true, { entities: ['company-mp-materials'] })]],
  [
    '002',
    null,
    'On October 7, 2024, the European Parliament approved',
    [
      ev('approved amendments to the Critical Raw Materials Act', '2024-10-07', 'day', false, 'text', {
        entities: ['government-european-parliament', 'policy-eu-crma'],
      }),
      ev('requiring a minimum 25% recycled magnet content', '2030', 'year', true, 'text', { qualifier: 'by', entities: ['policy-eu-crma'] }),
    ],
  ],
  [
    '002',
    null,
    'According to industry news in December 2025',
    [ev('are experiencing strong demand', '2025-12', 'month', false, 'text', { entities: ['material-ferrite-magnet'] })],
  ],
  // `It` is MOFCOM: the statement is part of its dated clarification.
  [
    '002',
    "China's Ministry of Commerce (MOFCOM), on September 16",
    'It explicitly stated',
    [ev('explicitly stated that deeply processed products', '2025-09-16', 'day', false, 'context', { entities: ['government-china-mofcom'] })],
  ],
  [
    '002',
    null,
    'In September 2024, the U.S. Department of Energy',
    [
      ev('launched the "Closed-Loop Critical Material Recycling Program,"', '2024-09', 'month', false, 'text', {
        entities: ['government-us-department-of-energy'],
      }),
    ],
  ],
  [
    '002',
    'In September 2024, the U.S. Department of Energy',
    'Notably, Noveon Magnetics',
    [ev("Noveon Magnetics' patented Hydrogen Proces", '2024-09', 'month', false, 'context', { entities: ['company-noveon-magnetics'] })],
  ],
  [
    '002',
    null,
    'China’s export permits for 7 heavy rare earths',
    [ev('tightened global supply', '2025-04', 'month', false, 'text', { qualifier: 'since', entities: ['country-china'] })],
  ],
  [
    '002',
    'China’s export permits for 7 heavy rare earths',
    'Only 25% of EU firms',
    [p002('license applications approved', false, { entities: ['organisation-eu'] })],
  ],
  [
    '002',
    null,
    'On September 23, 2025, Chinese customs data revealed',
    [
      ev('Chinese customs data revealed', '2025-09-23', 'day', false, 'text'),
      ev('exports of rare earth magnets to the EU surged to 2,582 tons in August', '2025-08', 'month', false, 'text', { entities: ['organisation-eu'] }),
    ],
  ],
  [
    '002',
    'On September 23, 2025, Chinese customs data revealed',
    'Simultaneously, Europe is accel',
    [p002('Europe is accel', false, { entities: ['region-europe'] })],
  ],
  [
    '002',
    null,
    'Zhenghai Magnetic Materials (300224.SZ): Q3',
    [ev('Q3 revenue reached ¥1.916 billion', '2025-07', 'quarter', false, 'text', { entities: ['company-zhenghai-magnetic-materials'] })],
  ],

  // ── 003 ──
  [
    '003',
    'This past week underscored',
    'From Islamabad to Indiana',
    [
      ev('inked financings, partnerships, and offtake agreements', '2025-09-06', 'day', false, 'context', {
        until: '2025-09-12',
        entities: ['region-islamabad'],
      }),
    ],
  ],
  [
    '003',
    null,
    'Pakistan signed $500 million',
    [p003('signed $500 million in agreements with U.S. firms', false, { entities: ['country-pakistan', 'company-us-strategic-metals'] })],
  ],
  [
    '003',
    'Pakistan signed $500 million',
    'Kazakhstan’s President Tokayev, meanwhile',
    [p003('ordered the launch of three new rare earth enterprises', false, { entities: ['person-kassym-jomart-tokayev'] })],
  ],
  // `(late August)` dates the partnership only; the grant is dated by the report.
  [
    '003',
    null,
    'ReElement Technologies secured both',
    [
      ev('a strategic partnership with Principal Mineral (late August)', '2025-08', 'month', false, 'text', {
        qualifier: 'late',
        entities: ['company-reelement-technologies', 'company-principal-mineral'],
      }),
      p003('a $2 million U.S. Department of Defense grant', false, { entities: ['company-reelement-technologies', 'government-us-department-of-defense'] }),
    ],
  ],
  // The plan is the event: `its 2027 "mine-to-magnet" goal`. `Its` tech is ReElement's.
  [
    '003',
    'ReElement Technologies secured both',
    'Its ligand-assisted chromatography tech',
    [
      p003('is already producing 99.5%-plus pure oxides', false, { entities: ['company-reelement-technologies'] }),
      ev('its 2027 “mine-to-magnet” goal', '2027', 'year', true, 'text', { entities: ['government-us-department-of-defense'] }),
    ],
  ],
  [
    '003',
    null,
    'REEx reported earlier in September',
    [
      ev('JS Link announced a $223 million NdFeB magnet plant', '2025-09', 'month', false, 'text', { qualifier: 'earlier', entities: ['company-js-link'] }),
      ev('slated to open in 2027', '2027', 'year', true, 'text', { entities: ['company-js-link'] }),
    ],
  ],
  [
    '003',
    null,
    'Europe is also stepping forward',
    [ev('is on track to start production this month', '2025-09', 'month', true, 'text', { entities: ['company-neo-performance-materials'] })],
  ],
  [
    '003',
    null,
    'Meanwhile, cross-Atlantic cooperation deepened',
    [
      ev('Torngat Metals of Canada and Germany’s VAC signed an MOU', '2025-08', 'month', false, 'text', {
        qualifier: 'late',
        entities: ['company-torngat-metals'],
      }),
    ],
  ],
  [
    '003',
    null,
    'Add in Apple’s $500 million partnership',
    [p003('Apple’s $500 million partnership with MP Materials', false, { entities: ['company-apple', 'company-mp-materials'] })],
  ],
  ['003', null, 'CEO Mark Jensen has assured REEx', [p003('has assured REEx in a recent podcast', false, { entities: ['person-mark-jensen'] })]],

  // ── 004 ──
  [
    '004',
    null,
    'In July 2025, the US Department of Defense acquired',
    [
      ev('acquired a 15% stake in MP Materials', '2025-07', 'month', false, 'text', {
        entities: ['government-us-department-of-defense', 'company-mp-materials'],
      }),
    ],
  ],
  // The example: `also` and `in turn` carry the July 2025 deal on (across a paragraph break).
  [
    '004',
    'In July 2025, the US Department of Defense acquired',
    'The US government also provided',
    [ev('provided a guaranteed floor price of $110 per pound', '2025-07', 'month', false, 'context', { entities: ['company-mp-materials'] })],
  ],
  [
    '004',
    'In July 2025, the US Department of Defense acquired',
    'Apple, in turn, offered',
    [ev('offered a $500 million offtake agreement', '2025-07', 'month', false, 'context', { entities: ['company-apple'] })],
  ],
  [
    '004',
    'In July 2025, the US Department of Defense acquired',
    'This model of "government-guaranteed',
    [p004('significantly reduces the risks', false, { entities: ['country-us'] })],
  ],
  // A new topic stops it.
  [
    '004',
    'Apple, in turn, offered',
    'As the country with the world’s second-largest',
    [p004('Brazil is actively promoting rare earth development', false, { entities: ['country-brazil'] })],
  ],
  [
    '004',
    'In November 2025, the Brazilian government further authorized',
    'Silveira, the Minister of Mines and Energy',
    [ev('explicitly stated', '2025-11', 'month', false, 'context', { entities: ['person-alexandre-silveira'] })],
  ],
  [
    '004',
    'Silveira, the Minister of Mines and Energy',
    'Brazil is also actively participating',
    [p004('actively participating in the US-led Minerals Security Partnership', false, { entities: ['country-brazil'] })],
  ],
  [
    '004',
    'Brazil is also actively participating',
    'The Canadian government also adopted',
    [p004('adopted direct intervention measures', false, { entities: ['country-canada'] })],
  ],
  // A new date restarts the topic; `This move` carries it on.
  [
    '004',
    'In November 2025, the Minister of Natural Resources of Canada',
    'This move clearly mirrored',
    [ev('clearly mirrored the US strategy', '2025-11', 'month', false, 'context', { entities: ['company-mp-materials'] })],
  ],
  [
    '004',
    "In October 2025, during Trump's visit to Japan",
    'The two sides will establish',
    [p004('will establish a joint financing mechanism', true, { entities: ['government-us-department-of-energy'] })],
  ],
  [
    '004',
    null,
    'The European Union passed the Critical Raw Materials Act',
    [
      ev('passed the Critical Raw Materials Act in 2024', '2024', 'year', false, 'text', { entities: ['policy-eu-crma'] }),
      ev('setting specific targets for 2030', '2030', 'year', true, 'text', { entities: ['policy-eu-crma'] }),
    ],
  ],
  [
    '004',
    null,
    'The French Geological and Mining Research Bureau launched',
    [
      ev('launched a new round of resource surveys in February 2024', '2024-02', 'month', false, 'text', { entities: ['government-brgm'] }),
      ev('expected to be completed by 2029', '2029', 'year', true, 'text', { qualifier: 'by', entities: ['government-brgm'] }),
    ],
  ],
  [
    '004',
    null,
    "Estonia's largest permanent magnet production plant",
    [ev('commenced operations in September 2025', '2025-09', 'month', false, 'text', { entities: ['country-estonia'] })],
  ],
  [
    '004',
    null,
    'Direct Investment and Equity Participation',
    [
      p004('has directly taken equity in MP Materials', false, { entities: ['company-mp-materials'] }),
      p004('the Canadian government plans to acquire equity', true, { entities: ['country-canada'] }),
    ],
  ],
  [
    '004',
    null,
    'Regulatory Simplification and Financial Support',
    [p004('has established the National Mineral Policy Council', false, { entities: ['government-brazil-cnpm'] })],
  ],
  [
    '004',
    null,
    'In Southeast Asia, although Malaysia signed',
    [ev('Malaysia signed a critical minerals agreement with the US in October 2025', '2025-10', 'month', false, 'text', { entities: ['country-malaysia'] })],
  ],
];

// ── the seeds, as the pipeline normalises them ──
const catalog = loadCatalog(catalogJson);
const spotter = createSpotter(catalog.entities);
const TEXTS = new Map<string, string>();
for (const seed of readSeeds()) {
  const prefix = seed.stem.slice(0, 3);
  TEXTS.set(prefix, normaliseArticleText(seed.raw));
  if (prefix === '001') extractRelatedItems(seed.raw).forEach((item, i) => TEXTS.set(`related-${i + 1}`, relatedItemText(item)));
}

/** The verbatim slice from the unit starting with `from` to the end of the sentence starting with `target`. */
function sliceOf(source: string, from: string | null, target: string): { text: string; targetStart: number } {
  const text = TEXTS.get(source);
  if (!text) throw new Error(`no seed text ${source}`);
  const units = splitSentences(text);
  const t = units.filter((u) => !u.isHeading && u.text.startsWith(target));
  if (t.length !== 1) throw new Error(`${t.length} sentences of ${source} start with ${JSON.stringify(target)}`);
  const start = from === null ? t[0]!.start : units.find((u) => u.text.startsWith(from) && u.start <= t[0]!.start)?.start;
  if (start === undefined) throw new Error(`no unit of ${source} before the target starts with ${JSON.stringify(from)}`);
  return { text: text.slice(start, t[0]!.end), targetStart: t[0]!.start - start };
}

function publishedOf(source: string) {
  return PUBLISHED[source.startsWith('related') ? 'related' : source]!;
}

function eventsOf(source: string, from: string | null, target: string): Fact[] {
  const { text, targetStart } = sliceOf(source, from, target);
  const { published, publishedPrecision } = publishedOf(source);
  const { facts } = extractFacts({ text, published, sourceId: 'test', ...(publishedPrecision ? { publishedPrecision } : {}) }, spotter);
  return facts.filter((f) => f.start === targetStart);
}

const clauseText = (f: Fact): string => (f.clause ? f.quote.slice(f.clause.start, f.clause.end) : f.quote);

describe('events of real seed sentences (issue 12)', () => {
  it('has at least 60 rows over every seed and every error class', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
    expect(new Set(TABLE.map((r) => r[0].slice(0, 3)))).toEqual(new Set(['000', '001', '002', '003', '004', 'rel']));
    const all = TABLE.flatMap((r) => r[3]);
    expect(TABLE.filter((r) => r[3].length > 1).length).toBeGreaterThanOrEqual(15); // two events, one sentence
    expect(all.filter((e) => e.from === 'context').length).toBeGreaterThanOrEqual(8); // dated by context
    expect(all.filter((e) => e.planned && e.from === 'text').length).toBeGreaterThanOrEqual(15); // the plan is the event
    expect(all.filter((e) => e.from === 'published').length).toBeGreaterThanOrEqual(20); // reported is not happened
  });

  it.each(TABLE)('%s: from %s → %s', (source, from, target, expected) => {
    const facts = eventsOf(source, from, target);
    const got = facts.map((f) => ({ clause: clauseText(f), date: f.date, entityIds: f.entityIds, id: f.id }));
    expect(
      got.length,
      JSON.stringify(
        got.map((g) => [g.clause, g.date.value]),
        null,
        1,
      ),
    ).toBe(expected.length);
    expected.forEach((e, i) => {
      const f = facts[i]!;
      const clause = clauseText(f);
      expect(clause, `event ${i} clause`).toContain(e.clause);
      for (const other of expected)
        if (other !== e && expected.length > 1) expect(clause, `event ${i} holds another event's words`).not.toContain(other.clause);
      expect({ value: f.date.value, precision: f.date.precision, planned: f.date.planned, from: f.date.from }, `event ${i}: ${e.clause}`).toEqual({
        value: e.value,
        precision: e.precision,
        planned: e.planned,
        from: e.from,
      });
      if (e.qualifier) expect(f.date.qualifier).toBe(e.qualifier);
      if (e.until) expect(f.date.until).toBe(e.until);
      for (const id of e.entities ?? []) expect(f.entityIds, `event ${i} entities`).toContain(id);
      // Ids: the first event keeps the sentence's id, further ones add `:n`.
      expect(f.id).toBe(i === 0 ? `test:${f.start}` : `test:${f.start}:${i}`);
      if (expected.length > 1) expect(f.clause, 'a sentence with several events marks each clause').toBeDefined();
    });
  });
});
