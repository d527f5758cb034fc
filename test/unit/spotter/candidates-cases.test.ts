// Issue 13, candidate precision on a second set of hand-written cases (written before any tuning,
// in the shapes real press releases and wire stories take): what must never be proposed (bylines,
// datelines, photo credits, the Company, months, sentence-initial words, the site's own name,
// press-release boilerplate) and what must be (tickers, legal suffixes, defined short forms,
// projects). The figure printed is the precision and recall over these cases.
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../lib/spotter/candidates';
import { createSpotter } from '../../../lib/spotter/matcher';
import { normaliseArticleText } from '../../../lib/text/normalise';
import { ENTITIES } from './entities';

const spotter = createSpotter(ENTITIES);
const known = new Set(ENTITIES.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]).map((t) => t.toLowerCase()));
const kinds = new Map(ENTITIES.map((e) => [e.id, e.kind] as const));
const names = (raw: string, exclude: string[] = []) => {
  const text = normaliseArticleText(raw);
  return findCandidates(text, spotter.findMentions(text), { isKnown: (t) => known.has(t.toLowerCase()), kindOf: (id) => kinds.get(id), exclude }).map(
    (c) => c.name,
  );
};

/** [what, article text, site/byline the caller excludes, the names that must be proposed (exactly)]. */
const NEVER: [string, string, string[]][] = [
  [
    'a wire dateline with the agency',
    'PERTH, Australia, March 3 (AP) — MP Materials said on Tuesday it would buy oxide. MP Materials did not say how much.',
    [],
  ],
  ['a press-release dateline', 'LAS VEGAS, March 3, 2026 /PRNewswire/ -- MP Materials today announced results. MP Materials will host a call.', []],
  ['a dash dateline in capitals', 'WASHINGTON — MP Materials won a grant on Monday. WASHINGTON officials said MP Materials would expand.', []],
  ['a byline with two names and a role', 'By JANE ORTEGA and TOM WILDE, Staff Writers\nMP Materials shares rose on Friday.', []],
  ['a "Written by" byline', 'Written by Jane Ortega\nMP Materials said the plant was on time. Jane Ortega contributed.', ['Jane Ortega']],
  [
    'photo credits in several shapes',
    'MP Materials plant. (Getty Images)\nPhotographer: Tom Wilde/Bloomberg\nImage credit: Jane Ortega / Harbour Images\nMP Materials said so.',
    [],
  ],
  [
    'the Company and the Corporation',
    'MP Materials (the "Company") said the Company would grow. The Corporation\'s Board of Directors met. The Company expects more.',
    [],
  ],
  ['months and weekdays in titles', 'In January MP Materials said. On Thursday, MP Materials added. January Sales Rose as Thursday Trading closed.', []],
  [
    'sentence-initial words before a known name',
    'Yesterday MP Materials said. Meanwhile Lynas Rare Earths fell. Separately MP Materials hired. Yesterday Lynas said.',
    [],
  ],
  [
    'the site’s own name in the text',
    'Sign up for the Ore Ledger newsletter. Ore Ledger learned that MP Materials will sign. Ore Ledger asked.',
    ['Ore Ledger'],
  ],
  [
    'an owner’s or a listing’s adjective before a lower-case site word',
    'MP Materials buys from Chinese-owned mines and Australian-listed refineries; a Chinese-owned mine closed.',
    [],
  ],
  [
    'a report or a milestone, capitalised and abbreviated',
    'MP Materials released its Pre-Feasibility Study ("PFS") and a Mineral Resource Estimate. The PFS precedes a Final Investment Decision (FID).',
    [],
  ],
  [
    'press-release boilerplate',
    'MP Materials announced a deal. Forward-Looking Statements: this release contains forward-looking statements. The Board of Directors approved it. Investor Relations and Media Contact details follow. Forward-Looking Statements apply. Chief Executive Officer comments follow, says the Chief Executive Officer.',
    [],
  ],
];

const MUST: [string, string, string[]][] = [
  ['a name with two ticker codes', 'Ucore Rare Metals Inc. (TSXV: UCU) (OTCQX: UURAF) will supply MP Materials.', ['Ucore Rare Metals']],
  ['a name defined with an exchange code only', 'Halcyon Minerals (ASX: HLM) signed an offtake with MP Materials.', ['Halcyon Minerals']],
  [
    'legal suffixes of several countries',
    'MP Materials buys from Ridgeback Minerals Pty Ltd, Orsted Magnet GmbH and Halvard Metals Plc.',
    ['Ridgeback Minerals', 'Orsted Magnet', 'Halvard Metals'],
  ],
  [
    'a defined short form in quotes',
    'Northern Ore Refining Company ("NORC") will sell to MP Materials; NORC starts in May.',
    ['Northern Ore Refining Company'],
  ],
  ['a body with its short form', 'MP Materials applied to the Critical Minerals Office (CMO) for a grant; the CMO agreed.', ['Critical Minerals Office']],
  ['a project and a mine', 'MP Materials will take ore from the Wolf Ridge Project and the Silver Fen mine.', ['Wolf Ridge', 'Silver Fen']],
];

let right = 0;
let wrong = 0;
let expected = 0;
let found = 0;
describe('candidate precision on hand-written cases', () => {
  for (const [what, text, exclude] of NEVER) {
    it(`never: ${what}`, () => {
      const got = names(text, exclude);
      wrong += got.length;
      expect(got).toEqual([]);
    });
  }
  for (const [what, text, want] of MUST) {
    it(`proposes: ${what}`, () => {
      const got = names(text);
      expected += want.length;
      found += want.filter((w) => got.includes(w)).length;
      right += got.filter((g) => want.includes(g)).length;
      wrong += got.filter((g) => !want.includes(g)).length;
      expect(got).toEqual(want);
    });
  }
  it('prints the figures', () => {
    console.log(
      `hand-written cases: ${right + wrong} proposed, ${right} right (precision ${((100 * right) / Math.max(1, right + wrong)).toFixed(1)}%); ${found} of ${expected} expected names found`,
    );
    expect(right + wrong).toBeGreaterThan(0);
  });
});
