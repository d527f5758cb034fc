import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseArticleText } from '../../../lib/text/normalise';
import { repairMojibake } from '../../../lib/text/mojibake';
import { readSeed, SEED_IDS } from './seed-files';

const lines = (text: string) => text.split('\n');

describe('seed 003: cp874 mojibake', () => {
  const text = normaliseArticleText(readSeed('003'));

  it('turns word+โ+word into an em dash and letter+โ+s into ’s', () => {
    expect(text).toContain(
      'This past week underscored just how global—and urgent—the effort has become to build rare earth supply chains outside of China’s grip.',
    );
    expect(text).toContain('explore a new refinery project—an unexpected pivot linking Islamabad’s resources to Washington’s supply chain strategy.');
    expect(text).toContain('rare earths are no longer a niche commodity story—they are now a global diplomatic');
  });

  it('turns โ around a phrase into curly quotes', () => {
    expect(text).toContain('legacy processes—critical if the Pentagon is to meet its 2027 “mine-to-magnet” goal.');
    expect(text).toContain('the West’s scramble to “friend-shore” rare earths');
  });

  it('reads a plural possessive, a range and the dashes around an apposition', () => {
    expect(text).toContain(
      'Neo Performance Materials’ Narva, Estonia facility—the EU’s first large-scale magnet plant—is on track to start production this month.',
    );
    expect(text).toContain('With China still controlling 85–90% of refining capacity');
    expect(text).toContain('South Korea’s JS Link');
    expect(text).toContain('Germany’s VAC');
    expect(text).toContain('Quebec’s Strange Lake deposit');
  });

  it('turns ย (a lost non-breaking space) into one plain space', () => {
    expect(text).toContain('Kazakhstan’s President Tokayev, meanwhile, ordered the launch of three new rare earth enterprises');
    expect(text).toContain('into refining and magnet production. Yet the driver is more than economics—these deals are about strategic autonomy.');
  });

  it('leaves no artefact and no page furniture behind', () => {
    expect(text).not.toMatch(/[โยฉ]/);
    expect(text).not.toContain('(opens in a new tab)');
    expect(text).toContain('CEO Mark Jensen has assured REEx in a recent podcast that the company is up for the scaling task.');
    expect(text).not.toContain('wp:paragraph');
    expect(text).not.toContain('Comments');
    expect(lines(text).at(-1)).toBe(
      'The pace of announcements suggests a new era: rare earths are no longer a niche commodity story—they are now a global diplomatic, industrial, and financial front line.',
    );
  });

  it('strips list markers but keeps the list items as lines', () => {
    expect(lines(text)[0]).toBe('Highlights');
    expect(lines(text)[1]).toBe(
      'Countries like Pakistan, Kazakhstan, and South Korea are making significant investments in rare earth mineral development and processing.',
    );
    expect(lines(text)[2]).toBe("Major companies and governments are working to reduce China's current 85-90% control of rare earth refining capacity.");
  });

  it('does not touch real Thai text', () => {
    const thai = 'ข่าวโรงงาน แม่เหล็ก ยักษ์ใหญ่';
    expect(repairMojibake(thai)).toBe(thai);
  });
});

describe('seed 002: glued words, CJK, a math-mangled run, the CMS header', () => {
  const text = normaliseArticleText(readSeed('002'));
  const ls = lines(text);
  const after = (line: string) => ls[ls.indexOf(line) + 1];

  it('puts a heading glued to its paragraph on its own line', () => {
    expect(ls).toContain('EU Passes Critical Raw Materials Act Mandating Recycled Magnets in Wind Turbines and EVs');
    expect(after('EU Passes Critical Raw Materials Act Mandating Recycled Magnets in Wind Turbines and EVs')).toMatch(
      /^On October 7, 2024, the European Parliament approved amendments to the Critical Raw Materials Act \(CRMA\)/,
    );
    expect(after('Export Restrictions Escalate')).toMatch(/^China’s export permits for 7 heavy rare earths \(e\.g\., samarium, gadolinium\) since April 2025/);
    expect(after('Export Dynamics')).toMatch(/^September Volume: 5,774 tons, down 6\.1% month-on-month/);
    expect(after('Destination Divergence')).toBe('US: Shipments plummeted 28.7% MoM due');
    expect(after('Corporate Performance Surge')).toMatch(/^Zhenghai Magnetic Materials \(300224\.SZ\): Q3 revenue reached ¥1\.916 billion/);
  });

  it('separates sentences run together, and a heading that sat mid-line after one', () => {
    expect(text).toContain(
      'hitting automotive and electronics sectors. Only 25% of EU firms’ license applications approved, forcing partial production halts.',
    );
    expect(after('Price Trends')).toBe('Dysprosium Ir');
    expect(text).toContain('but still up 17.5% year-on-year. Jan-Sep Cumulative: 39,817 tons, a 7.5% decrease compared to 2024.');
    expect(text).toContain('Cumulative net profit for Jan-Sep was ¥228 million (+20.46% YoY). Primary Driver: Sales of high-performance NdFeB magnets');
  });

  it('keeps camel-case names and codes whole', () => {
    expect(text).toContain('High-end NdFeB demand surges');
    expect(text).toContain('28.7% MoM due');
    expect(text).toContain('(+50.76% YoY)');
    expect(text).toContain('grades like N52SH');
    expect(text).toContain('(300224.SZ)');
  });

  it('keeps a brand whose first part is no word whole after a sentence (`NioCorp`, `VinFast`)', () => {
    const out = normaliseArticleText(
      'Headline here\n\nRio Tinto remains the main seller. Developers NioCorp Developments Ltd. cited the price. Buyers VinFast and Toyota agreed.',
    );
    expect(out).toContain('Developers NioCorp Developments Ltd. cited');
    expect(out).toContain('Buyers VinFast and Toyota agreed');
  });

  it('keeps a camel-case word the article writes whole elsewhere (`AngloGold` after `Gold Fields and`)', () => {
    const t =
      'Headline here\n\nAngloGold Ashanti plc runs Obuasi.\n\nThe lease runs to 2027. Gold Fields and AngloGold proposed in 2023 to combine Tarkwa with Iduapriem.';
    expect(normaliseArticleText(t)).toContain('Gold Fields and AngloGold proposed in 2023');
    // Written once, the same run still reads as a heading glued to its block (seed 002's rule).
    expect(lines(normaliseArticleText('Headline here\n\nPrices rose. Gold Fields and AngloGold proposed in 2023 to merge.'))).toContain(
      'Gold Fields and Anglo',
    );
  });

  it('keeps a camel-case brand whole after a possessive that opens a sentence (`Its BlueOval`)', () => {
    const out = normaliseArticleText(
      'Headline here\n\nThe hardest case is Ford. Its BlueOval Battery Park Michigan in Marshall makes cells. Their PowerShares fund fell.',
    );
    expect(out).toContain('Its BlueOval Battery Park Michigan in Marshall makes cells');
    expect(out).toContain('Their PowerShares fund fell');
    // A longer heading that opens with an article still comes off its paragraph.
    expect(lines(normaliseArticleText('Headline here\n\nPrices rose. The Road AheadChina’s quotas will rise.'))).toContain('The Road Ahead');
  });

  it('keeps a legal form with an inner capital whole after a sentence (`GmbH`, `KGaA`)', () => {
    const t = 'Headline here\n\nOther recyclers are moving too. HyProMag GmbH, part-owned by Mkango, is building. Kestrel Metall KGaA agreed.';
    const out = normaliseArticleText(t);
    expect(out).toContain('HyProMag GmbH, part-owned');
    expect(out).toContain('Kestrel Metall KGaA agreed');
    // At a line's start, before a word: `GmbH is` is no heading `Gmb` glued to a block `H is …`.
    expect(normaliseArticleText('Headline here\n\nWhat about sites abroad?\n\nHyProMag GmbH is working on a plant in Pforzheim.')).toContain(
      'HyProMag GmbH is working on a plant',
    );
  });

  it('keeps the Chinese phrase but spaces it off the English words', () => {
    expect(text).toContain('Create the world’s largest rare earth 新材料 base and leading application base (centered in Baotou);');
  });

  it('restores the spaces a math renderer swallowed', () => {
    expect(text).toContain(
      'In September 2024, the U.S. Department of Energy (DOE) launched the "Closed-Loop Critical Material Recycling Program," awarding 38 million to six tech companies',
    );
    expect(text).not.toContain('∗');
  });

  it('drops the header line (its date is read by readArticleHeader)', () => {
    expect(ls[0]).toBe('Strategic Upgrade');
    expect(text).not.toContain('Views: 2');
    expect(text).not.toContain('Publish Time');
  });
});

describe('seed 001: contact lines, Related News, the title footer', () => {
  const text = normaliseArticleText(readSeed('001'));

  it('keeps the article from its headline to its last paragraph', () => {
    expect(lines(text)[0]).toBe(
      'Europe and the United States Continue to Strengthen Rare Earth Supply Chain Autonomy, Vietnam Initiates Rare Earth Control [SMM Overseas Rare Earth Weekly Review]',
    );
    expect(lines(text).at(-1)).toMatch(/^China and Malaysia are in early-stage negotiations .* environmental protection regulations\.$/);
  });

  it('drops the byline date, disclaimer, e-mails and everything from Related News on', () => {
    for (const gone of [
      'Published: Dec 12',
      'Data Source Statement',
      'lemonzhao@smm.cn',
      'service.en@smm.cn',
      'Related News',
      'Read More',
      'Chile',
      'India Mulls',
      '- Shanghai Metals Market (SMM)',
    ]) {
      expect(text).not.toContain(gone);
    }
  });

  it('has one paragraph per line, no blank lines, no trailing spaces, no non-breaking spaces', () => {
    expect(text).not.toMatch(/\n\n|[ \t]$|\r|\u00a0/m);
    expect(lines(text)).toContain('I. Asia Region Dynamics');
    expect(lines(text)).toContain('Vietnam Passes Rare Earth Export Ban');
  });
});

describe('seeds 000 and 004', () => {
  it('splits a roman numeral glued to its heading and keeps ReElement and Ltd. (IREL)', () => {
    const text = normaliseArticleText(readSeed('000'));
    expect(lines(text)).toContain('IV. Kazakhstan: Strengthening Its Role as an Emerging Supplier');
    expect(text).toContain('recycling enterprise ReElement Technologies');
    expect(text).toContain('the state-owned Indian Rare Earths Ltd. (IREL) is also advancing');
  });

  it('drops the contact footer and leading blank lines of seed 004, and unglues a quote from the next sentence', () => {
    const text = normaliseArticleText(readSeed('004'));
    expect(text.startsWith('As a non-renewable strategic resource, rare earth has become a focal point')).toBe(true);
    expect(text).not.toContain('@smm.cn');
    expect(text).not.toContain('For queries');
    expect(text).toContain('a clear trend toward "decoupling from Chinese investment." The Canadian government also adopted direct intervention measures.');
    expect(lines(text).at(-1)).toMatch(/promote the development of their local rare earth industries\.$/);
  });
});

describe('generic rules', () => {
  it('unifies line endings, drops a repeated line and a headline-plus-publisher footer', () => {
    const raw =
      'Lynas Opens Texas Plant Today\r\n\r\nFirst paragraph.\rLynas Opens Texas Plant Today\n\n\nSecond paragraph.   \nLynas Opens Texas Plant Today - Mining Weekly\n';
    expect(normaliseArticleText(raw)).toBe('Lynas Opens Texas Plant Today\nFirst paragraph.\nSecond paragraph.');
  });

  it('drops share buttons, phone numbers, comment counters and zero-width characters', () => {
    const raw = 'Share\nFacebook | Twitter | LinkedIn\nTel: +86 21 5155 0306\n+86 21 5155 0306\n12 Comments\nNd\u200bFeB prices\u00a0rose.';
    expect(normaliseArticleText(raw)).toBe('NdFeB prices rose.');
  });

  it('spaces a section numeral glued to its heading, never a ticker whose letters are also numerals', () => {
    expect(normaliseArticleText('IV.Kazakhstan: the new code\nXII.MARKET OUTLOOK')).toBe('IV. Kazakhstan: the new code\nXII. MARKET OUTLOOK');
    // `ICL` is no numeral; `CLI` is one, but `.L` after it is an exchange code.
    expect(normaliseArticleText('ICL.TA +0.9%: bromine margins\nCLI.L -1.2%')).toBe('ICL.TA +0.9%: bromine margins\nCLI.L -1.2%');
  });
  it('is idempotent on every seed', () => {
    for (const id of SEED_IDS) {
      const once = normaliseArticleText(readSeed(id));
      expect(normaliseArticleText(once)).toBe(once);
    }
  });

  it('is idempotent on any text built from the artefacts it repairs', () => {
    const piece = fc.constantFrom(
      'U.S.',
      ' ',
      '\n',
      'Ltd.',
      '. ',
      'Export Dynamics',
      'September',
      'EVs',
      'On',
      'โ',
      'ย',
      's',
      '新',
      'Related News',
      'a@b.cn',
      '- ',
      'Share',
      'IV.',
      'Kazakhstan',
      'sectors.',
      'Only',
      '"',
      '2024',
      'ฉ',
      'InSeptember2024,theU.S.DepartmentofEnergy(DOE)launchedthe"Closed',
      '\r\n',
      '\u00a0',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(piece, { maxLength: 40 }).map((a) => a.join('')),
          fc.string({ maxLength: 200 }),
        ),
        (raw) => {
          const once = normaliseArticleText(raw);
          expect(normaliseArticleText(once)).toBe(once);
          expect(once).not.toMatch(/\n\n|^\s|\s$/);
        },
      ),
      { numRuns: 400 },
    );
  });
});
