/**
 * Issue 11, in the session of the hundred-and-first and hundred-and-second blind corpora: the
 * Chinese legal forms written without their stops (`Zijin Mining Group Co Ltd`), `Co., Inc.`, a
 * Nordic share class in a listing (`STO: EPI A`, `EPI-A.ST`) and Euronext Dublin's prefix (small
 * hand-made dictionaries, so curators' edits never move these tests; the corpora are never edited).
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/catalog/schema';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, foundBy } from './entities';

const FIELD = '\n\nNeodymium and zinc: rare earth mining, refining, export controls and the supply chain.';
const ENTITIES: Entity[] = [
  entity('material-gold', 'gold', 'material'),
  entity('material-zinc', 'zinc', 'material'),
  entity('material-neodymium', 'neodymium', 'material'),
  entity('company-zijin', 'Zijin Mining', 'company', ['Zijin Mining Group']),
  entity('company-kenmare', 'Kenmare Resources', 'company'),
];
const read = foundBy(createSpotter(ENTITIES, { requireField: true, localNames: true }));
const with_ = (text: string) => read(text + FIELD);

describe('legal forms as Reuters and the Hong Kong papers write them', () => {
  it('takes `Co Ltd` without stops into a known company’s name', () => {
    expect(with_('Zijin Mining Group Co Ltd (2899.HK), the sector’s heavyweight, gained 6.8% on gold.')).toContain('Zijin Mining Group Co Ltd company-zijin');
  });

  it('takes `Co., Inc.` whole into a name the article introduces', () => {
    const got = with_('Gold miners tracked bullion. Apex Mining Co., Inc. (PSE: APX), which runs the Maco gold mine, gained 3.1%.');
    expect(got.some((m) => m.startsWith('Apex Mining Co., Inc. local:'))).toBe(true);
    expect(got.some((m) => m.startsWith('Apex Mining Co. local:'))).toBe(false);
  });
});

describe('a listing with a Nordic share class', () => {
  it('is the whole listing, and Yahoo’s code with its class further on', () => {
    const text = [
      'Epiroc AB (STO: EPI A) fell 1.9% as zinc miners cut spending on machines.',
      '',
      '| Company | Code | Close | Week |',
      '| Epiroc | EPI-A.ST | SEK 198.60 | -1.9% |',
      '',
      'Top losers: EPI-A.ST -1.9%',
    ].join('\n');
    const got = with_(text);
    expect(got.some((m) => m.startsWith('STO: EPI A local:'))).toBe(true);
    expect(got.filter((m) => m.startsWith('EPI-A.ST local:'))).toHaveLength(2);
    expect(got.some((m) => /^(?:STO: EPI|EPI) local:/.test(m))).toBe(false);
  });
});

describe('Euronext Dublin’s prefix', () => {
  it('defines the ticker after a company’s name', () => {
    expect(with_('Kenmare Resources plc (LSE:KMR, Euronext Dublin:KMR), a producer of titanium minerals, said zinc was not affected.')).toContain(
      'Euronext Dublin:KMR company-kenmare',
    );
  });
});

describe('a place opening a utility’s name', () => {
  it('is no place in `Osaka Gas` or `Tokyo Electric`', () => {
    const spotter = createSpotter([...ENTITIES, entity('region-osaka', 'Osaka', 'region'), entity('region-tokyo', 'Tokyo', 'region')], { requireField: true });
    const got = foundBy(spotter)(`Woodside operates the zinc field; Osaka Gas holds 10% and Tokyo Electric buys its power. Osaka is quiet.${FIELD}`);
    expect(got.filter((m) => m.startsWith('Osaka ') || m.startsWith('Tokyo '))).toEqual(['Osaka region-osaka']);
  });
});
