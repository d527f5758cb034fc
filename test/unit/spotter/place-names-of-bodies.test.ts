/**
 * Issue 11, after the fifty-seventh blind corpus: names that a known place opens or ends, through
 * the seed dictionary's spotter. The bodies and companies are invented; the places are real.
 */
import { describe, expect, it } from 'vitest';
import { seedSpotter } from '../seed-spotter';
import { localMentions } from './entities';

const spotter = seedSpotter();
/** Mentions of names the dictionary does not know: `kind text`. */
const local = (text: string) => localMentions(spotter, text);

describe('names a known place opens or ends (issue 11)', () => {
  it("a company's formal name that a country opens and a legal suffix ends, and its name without the suffix", () => {
    const text =
      'Lynas buys rare earths and magnesium. Its rival US Kestrelite LLC filed for bankruptcy in Utah, and US Kestrelite stopped making magnesium ingots in 2022.';
    expect(local(text)).toEqual(['company US Kestrelite LLC', 'company US Kestrelite']);
    // Without the suffix, the country and the word are two things.
    expect(local('Lynas buys rare earths and magnesium. US Kestrelite stopped making magnesium ingots in 2022.')).toEqual([]);
  });

  it('a body `of` a known place after a label and a colon, where no `the` says it is a name', () => {
    const text = 'Georgia exports manganese and Georgia mines rare earths in Imereti. Sources: National Kestrel Office of Georgia; company reports.';
    expect(local(text)).toContain('government National Kestrel Office of Georgia');
  });

  it("a state's company `of` a place (`Investment Corporation of …`), not the place and a fragment", () => {
    const text = 'Lynas sells rare earths to Abu Dhabi. It is owned by Mubadala and the Kestrel Development Corporation of Dubai, which did not comment.';
    expect(local(text)).toEqual(['company Kestrel Development Corporation of Dubai']);
    const ids = spotter.findMentions(text).map((m) => m.text);
    expect(ids).not.toContain('Dubai');
  });
});
