/**
 * Issue 11 on the page: the names a page introduces for itself (lib/spotter/local-names.ts) are
 * read from all its blocks as one article and marked in every block, exactly as `findMentions`
 * marks them in the article's text; a page past `LOCAL_TEXT_LIMIT` or off the field gets none.
 */
import { describe, expect, it, vi } from 'vitest';
import { PageModel, scanBlocks } from '../../../lib/page/page-model';
import { isLocalId, LOCAL_TEXT_LIMIT } from '../../../lib/spotter/local-names';
import { extractArticle } from '../../../lib/facts/extract';
import { blocksOf, entitiesOf, layout, pageModelOf as model, seedSpotter as spotter, type FakeBlock } from './fake-page';

const entities = entitiesOf(spotter);

const ARTICLE = [
  'Kestrel Halvard Minerals Corp. (TSXV: KHM) to build rare earth plant',
  'Kestrel Halvard Minerals Corp. (TSXV: KHM) said on Monday it would build a rare earth separation plant in Brackenridge, Texas, with Lynas as its first customer.',
  '"Dysprosium is the bottleneck," said Maria Ostrova, chief executive of KHM.',
  'Shares of KHM rose 12% in Toronto.',
];

describe('the page model and the names a page introduces (issue 11)', () => {
  it('marks them in every block, as findMentions marks them in the same article', async () => {
    const m = await model(ARTICLE);
    const onPage = m.ordered.filter((x) => isLocalId(x.entityId)).map((x) => `${x.entityId} ${x.text}`);
    const article = ARTICLE.join('\n');
    const inArticle = spotter
      .findMentions(article)
      .filter((x) => isLocalId(x.entityId))
      .map((x) => `${x.entityId} ${x.text}`);
    expect(onPage).toEqual(inArticle);
    expect(onPage).toContain('local:person:Maria Ostrova Maria Ostrova');
    expect(onPage).toContain('local:region:Brackenridge Brackenridge');
    // The ticker defined in the second block marks the bare code in the last one.
    expect(m.ordered.filter((x) => x.entry === m.entries[3] && isLocalId(x.entityId)).map((x) => x.text)).toEqual(['KHM']);
    expect(m.ordered.find((x) => x.text === 'Maria Ostrova')?.kind).toBe('person');
  });

  it('gives a bracket’s short form to the reading the page’s context keeps, as findMentions does (MINEM in a Peru story)', async () => {
    const story = [
      'LIMA, March 3 - Copper miners in Peru face new protests over rare earth and copper permits.',
      'The Ministry of Energy and Mines (MINEM) sent a negotiating team to the copper mine on Tuesday.',
      'MINEM said talks with the copper miners in Peru would continue.',
    ];
    const m = await model(story);
    const onPage = m.ordered.filter((x) => x.text === 'MINEM').map((x) => x.entityId);
    const inArticle = spotter
      .findMentions(story.join('\n'))
      .filter((x) => x.text === 'MINEM')
      .map((x) => x.entityId);
    expect(inArticle).toEqual(['government-peru-minem', 'government-peru-minem']);
    expect(onPage).toEqual(inArticle);
  });

  it('marks a town once where two mines named after it both fall back to it, as findMentions does (`Araxá`)', async () => {
    const sheet = [
      'Brazil critical minerals fact sheet: niobium, rare earths and lithium',
      '| Niobium | Minas Gerais, Goiás | CBMM (Araxá, MG); CMOC (Catalão, GO) |',
      'Brazil produces most of the world’s niobium and is developing rare earth and lithium projects.',
    ];
    const m = await model(sheet);
    const onPage = m.ordered.filter((x) => x.text === 'Araxá').map((x) => x.entityId);
    const inArticle = spotter
      .findMentions(sheet.join('\n'))
      .filter((x) => x.text === 'Araxá')
      .map((x) => x.entityId);
    expect(inArticle).toEqual(['region-araxa']);
    expect(onPage).toEqual(inArticle);
  });

  it('reads a block opening with a list marker as the normalised article does', async () => {
    const list = [
      'Saudi Arabia counts on rare earths, lithium and Lynas-style separation plants',
      '2. Licensing and investment',
      '- Since the Kestrel Mining Investment Law took effect in 2021, the ministry has issued 2,400 rare earth and lithium licences.',
      '- Lynas and other rare earth producers were invited to bid.',
    ];
    const m = await model(list);
    const onPage = m.ordered.filter((x) => isLocalId(x.entityId)).map((x) => `${x.entityId} ${x.text}`);
    const inArticle = extractArticle(list.join('\n'), { published: '2026-12-01', sourceId: 'list' }, spotter)
      .mentions.filter((x) => isLocalId(x.entityId))
      .map((x) => `${x.entityId} ${x.text}`);
    expect(inArticle).toContain('local:policy:Kestrel Mining Investment Law Kestrel Mining Investment Law');
    expect(onPage).toEqual(inArticle);
  });

  it('reads the page again only when its text changed', async () => {
    const s = { ...spotter, localNames: vi.fn(spotter.localNames) };
    const m = new PageModel<FakeBlock>(s, entities, layout);
    const blocks = blocksOf(ARTICLE);
    await m.setEntries((await scanBlocks(s, blocks, () => true))!);
    await m.setEntries((await scanBlocks(s, blocks, () => true))!);
    expect(s.localNames).toHaveBeenCalledTimes(1);
    await m.setEntries((await scanBlocks(s, blocksOf([...ARTICLE, 'Lynas said rare earth prices rose.']), () => true))!);
    expect(s.localNames).toHaveBeenCalledTimes(2);
  });

  it('gives none to a page longer than an article, or about something else', async () => {
    const filler = Array.from({ length: Math.ceil(LOCAL_TEXT_LIMIT / 60) }, () => 'Lynas said rare earth prices rose again this quarter, it said.');
    const long = await model([...ARTICLE, ...filler]);
    expect(long.ordered.filter((x) => isLocalId(x.entityId))).toEqual([]);
    expect(long.ordered.length).toBeGreaterThan(100);
    const offTopic = await model(['Chief Executive Maria Ostrova opened a bakery in Brackenridge, Texas, on Sunday.', 'Its bread sold out by noon.']);
    expect(offTopic.ordered).toEqual([]);
  });
});
