/**
 * A tiny knowledge bundle and timeline items for component tests: four entities, two seed
 * articles, facts at every precision. Quotes are offsets into the seed texts, as the store expects.
 */
import type { Entity } from '../../../lib/catalog/schema';
import type { Bundle, FactDate, Source, SourcedFact } from '../../../lib/facts/schema';
import type { SourceSummary, TimelineItem } from '../../../lib/store/rows';

export const ENTITIES: Entity[] = [
  {
    id: 'company-mp-materials',
    name: 'MP Materials',
    kind: 'company',
    aliases: [{ text: 'MP Materials' }, { text: 'MP' }],
    description: 'US rare-earth miner and magnet maker.',
    country: 'country-us',
  },
  { id: 'country-us', name: 'United States', kind: 'country', aliases: [{ text: 'US' }, { text: 'U.S.' }], description: 'The United States.' },
  { id: 'company-lynas', name: 'Lynas', kind: 'company', aliases: [{ text: 'Lynas' }], description: 'Australian rare-earth producer.' },
  { id: 'material-ndpr', name: 'NdPr', kind: 'material', aliases: [{ text: 'NdPr' }], description: 'Neodymium-praseodymium oxide.' },
];

const date = (value: string, precision: FactDate['precision'], extra: Partial<FactDate> = {}): FactDate => ({
  value,
  precision,
  planned: false,
  from: 'text',
  ...extra,
});

const SENTENCES_A: [string, FactDate, string[], SourcedFact['figures']][] = [
  [
    'MP Materials signed a $400 million deal with the US on 10 July 2025.',
    date('2025-07-10', 'day'),
    ['company-mp-materials', 'country-us'],
    [{ text: '$400 million', value: 4e8, unit: 'USD' }],
  ],
  [
    'MP Materials plans 10,000 t of magnets by 2028.',
    date('2028', 'year', { planned: true, qualifier: 'by' }),
    ['company-mp-materials'],
    [{ text: '10,000 t', value: 1e4, unit: 't' }],
  ],
  ['The US expects NdPr output to rise in Q1 2026.', date('2026-01', 'quarter', { planned: true }), ['country-us', 'material-ndpr'], []],
];
const SENTENCES_B: [string, FactDate, string[], SourcedFact['figures']][] = [
  ['Lynas raised NdPr prices in December 2025.', date('2025-12', 'month'), ['company-lynas', 'material-ndpr'], []],
  ['Lynas reported record NdPr sales.', date('2025-11-28', 'day', { from: 'published' }), ['company-lynas', 'material-ndpr'], []],
];

function makeSource(id: string, title: string, publisher: string, published: string, rows: typeof SENTENCES_A): { source: Source; facts: SourcedFact[] } {
  let text = `${title}\n`;
  const facts: SourcedFact[] = [];
  for (const [quote, d, entityIds, figures] of rows) {
    const start = text.length;
    text += `${quote}\n`;
    facts.push({ id: `${id}:${start}`, sourceId: id, entityIds, quote, start, end: start + quote.length, date: d, figures });
  }
  return { source: { id, origin: 'seed', title, publisher, published, publishedFrom: 'meta', text }, facts };
}

const A = makeSource('seed:a', 'MP Materials and the Pentagon', 'Reuters', '2025-07-11', SENTENCES_A);
const B = makeSource('seed:b', 'Lynas lifts prices', 'SMM', '2025-11-28', SENTENCES_B);

/** The bundle, with mentions derived from the facts' quotes. */
export function makeBundle(): Bundle {
  const sources = [A.source, B.source];
  const facts = [...A.facts, ...B.facts];
  const mentions: Bundle['mentions'] = [];
  for (const f of facts) {
    for (const id of f.entityIds) {
      const e = ENTITIES.find((x) => x.id === id)!;
      const alias = e.aliases.find((a) => f.quote.includes(a.text))!;
      const start = f.start + f.quote.indexOf(alias.text);
      mentions.push({ sourceId: f.sourceId, entityId: id, text: alias.text, start, end: start + alias.text.length });
    }
  }
  return { version: 'test-1', catalogVersion: 1, entities: ENTITIES, sources, facts, mentions };
}

/** A source summary for hand-built timeline items. */
export function summary(over: Partial<SourceSummary> = {}): SourceSummary {
  return {
    id: 'seed:a',
    origin: 'seed',
    title: 'MP Materials and the Pentagon',
    publisher: 'Reuters',
    published: '2025-07-11',
    publishedFrom: 'meta',
    ...over,
  };
}

/** A hand-built timeline item. */
export function item(id: string, quote: string, d: FactDate, over: Partial<SourcedFact> = {}, source: Partial<SourceSummary> = {}): TimelineItem {
  return {
    fact: { id, sourceId: source.id ?? 'seed:a', entityIds: ['company-mp-materials'], quote, start: 10, end: 10 + quote.length, date: d, figures: [], ...over },
    source: summary(source),
  };
}

export { date };
