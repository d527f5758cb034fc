import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseArticleText } from '../../../lib/text/normalise';
import { splitSentences, type SentenceUnit } from '../../../lib/text/sentences';
import { isHeadingLine } from '../../../lib/text/headings';
import { readSeed, SEED_IDS } from './seed-files';

function expectExact(text: string, units: SentenceUnit[]) {
  let last = 0;
  for (const u of units) {
    expect(text.slice(u.start, u.end)).toBe(u.text);
    expect(u.text).toBe(u.text.trim());
    expect(u.text.length).toBeGreaterThan(0);
    expect(u.start).toBeGreaterThanOrEqual(last);
    last = u.end;
  }
}

const texts = (t: string) => splitSentences(t).map((u) => u.text);

describe('splitSentences on the seeds', () => {
  it('gives exact offsets on every seed', () => {
    for (const id of SEED_IDS) {
      const text = normaliseArticleText(readSeed(id));
      expectExact(text, splitSentences(text));
    }
  });

  it("splits seed 000's first paragraph into its five sentences, keeping `Ltd. (IREL)` inside one", () => {
    const units = splitSentences(normaliseArticleText(readSeed('000')));
    const under = units.filter((u) => u.heading === 'India Approves Incentive Plan for Rare Earth Magnets' && !u.isHeading);
    expect(under).toHaveLength(5);
    expect(under[0]?.text).toMatch(/^The Indian Cabinet officially passed .* on November 26\.$/);
    expect(under[4]?.text).toMatch(/^At the enterprise level, .*Indian Rare Earths Ltd\. \(IREL\) is also advancing .* Andhra Pradesh\.$/);
  });

  it('makes headings units of their own and sections of what follows', () => {
    const units = splitSentences(normaliseArticleText(readSeed('001')));
    const vietnam = units.find((u) => u.text.startsWith("Vietnam's National Assembly passed"));
    expect(vietnam?.heading).toBe('Vietnam Passes Rare Earth Export Ban');
    expect(units.find((u) => u.text === 'I. Asia Region Dynamics')?.isHeading).toBe(true);
    const dow = units.find((u) => u.text.startsWith('The U.S. Department of War'));
    expect(dow?.text).toBe('The U.S. Department of War is expected to invest in building a gallium refinery with an annual capacity of 100 mt.');
    expect(dow?.heading).toBe('U.S.-Australia Sign Critical Minerals Agreement');
  });

  it('names a label heading without its colon, and does not take a cut-off line for a heading', () => {
    const units = splitSentences(normaliseArticleText(readSeed('002')));
    expect(units.find((u) => u.text.startsWith('U.S.-Saudi rare earth refinery venture'))?.heading).toBe('Geopolitical shifts');
    expect(units.find((u) => u.text === 'US: Shipments plummeted 28.7% MoM due')?.isHeading).toBeUndefined();
    const zhenghai = units.find((u) => u.text.startsWith('Zhenghai Magnetic Materials'));
    expect(zhenghai?.text).toBe(
      'Zhenghai Magnetic Materials (300224.SZ): Q3 revenue reached ¥1.916 billion (+50.76% YoY), net profit ¥115 million (+189.72% YoY).',
    );
  });
});

describe('abbreviations', () => {
  it('does not end a sentence at Dr., Mr., No., St., approx., Inc.', () => {
    expect(texts('Dr. Smith met Mr. Jones at No. 5 Main St. in Washington. He paid approx. $5 to Apple Inc. for it. Then he left.')).toEqual([
      'Dr. Smith met Mr. Jones at No. 5 Main St. in Washington.',
      'He paid approx. $5 to Apple Inc. for it.',
      'Then he left.',
    ]);
  });

  it('keeps U.S. and Ltd. inside a sentence unless a new sentence clearly starts', () => {
    expect(texts('The U.S. Department of Energy acted. Sales rose in the U.S. The company grew.')).toEqual([
      'The U.S. Department of Energy acted.',
      'Sales rose in the U.S.',
      'The company grew.',
    ]);
    expect(texts('It sold shares to Acme Ltd. Meanwhile, prices fell.')).toEqual(['It sold shares to Acme Ltd.', 'Meanwhile, prices fell.']);
    expect(texts('Lynas Rare Earths Ltd. (ASX: LYC) said so.')).toEqual(['Lynas Rare Earths Ltd. (ASX: LYC) said so.']);
  });
});

describe('isHeadingLine', () => {
  it.each([
    ['Highlights', true],
    ['Outlook: From Fragmentation to Integration', true],
    ['Geopolitical shifts:', true],
    ['ASM Managing Director and Chief Executive Officer Rowena Smith said:', false],
    ['The measures are as follows:', false],
    [
      'Europe and the United States Continue to Strengthen Rare Earth Supply Chain Autonomy, Vietnam Initiates Rare Earth Control [SMM Overseas Rare Earth Weekly Review]',
      true,
    ],
    ['The United States saw major progress in processing.', false],
    ['Technology competition: High-end NdFeB demand surges (e.g., EVs, robotics), accelerating R&D for grades like N52SH', false],
    ['Resource security: Initiate new mineral exploration and foster integrated mining groups;', false],
  ])('%s → %s', (line, expected) => expect(isHeadingLine(line)).toBe(expected));
});

describe('property: offsets are exact on any text', () => {
  const piece = fc.constantFrom(
    'U.S.',
    ' ',
    '  ',
    '\n',
    '\n\n',
    'Ltd.',
    '. ',
    'Dr.',
    'word',
    'The',
    '(',
    ')',
    'é',
    '新材料',
    '”',
    '“',
    '!',
    '?',
    '\t',
    '5',
    '.',
    'Inc. ',
    'a',
    'No.',
    '\u00a0',
    '😀',
  );
  it('for texts built from tricky pieces', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }).map((a) => a.join('')),
        (text) => expectExact(text, splitSentences(text)),
      ),
      { numRuns: 300 },
    );
  });

  it('for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => expectExact(text, splitSentences(text))),
      { numRuns: 150 },
    );
  });
});
