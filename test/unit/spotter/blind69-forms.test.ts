/**
 * Issue 11, after the sixty-ninth and seventieth blind corpora: `lead` and `tin`, metals that are
 * everyday words, named by the trade's words around them (`LME lead`, `refined lead`, `lead
 * smelter`, `demand for lead`), never as the verb. Companies and people are invented.
 */
import { describe, expect, it } from 'vitest';
import { seedSpotter } from '../seed-spotter';
import { foundBy, localMentions } from './entities';

const seed = seedSpotter();
const found = foundBy(seed);
const local = (text: string) => localMentions(seed, text);
const LEAD = 'Kestrel Zinc mines zinc and silver in Queensland, where copper is also found.';

describe('forms the sixty-ninth and seventieth blind corpora showed (issue 11)', () => {
  it('lead the metal: after a market or its form, before the trade’s nouns, after demand for', () => {
    const weekly = `${LEAD} LME lead fell 1%. Port Pirie is the only primary lead smelter in the state. Analysts forecast a refined lead surplus. Demand for lead in batteries is flat. Lead fell 1.0% on ample supply, while lead lagged on weak demand. Recycling rates are 85% for lead.`;
    const leads = found(weekly).filter((m) => m.endsWith('material-lead'));
    expect(leads).toHaveLength(7);
    // The verb and the noun of everyday English stay words, in the same article.
    const verb = `${LEAD} The cuts will lead to higher prices. Kestrel took the lead in talks, and lead times grew. Kinross and Zijin lead gains among gold miners.`;
    expect(found(verb).filter((m) => m.endsWith('material-lead'))).toEqual([]);
    // A two-letter symbol opening a sentence is the word: `In mining` is not indium.
    expect(found(`${LEAD} In mining, In markets and As markets go, prices rose.`).filter((m) => /material-(indium|arsenic)/.test(m))).toEqual([]);
  });

  it('a compound adjective of time or kind, and one word before a plural head, name no site', () => {
    const era = `${LEAD} Officials hope Lynas will revive a Soviet-era heavy rare earth deposit, and a Western-style mine code is drafted.`;
    expect(local(era).some((m) => /Soviet|Western/.test(m))).toBe(false);
    const kinds = `${LEAD}\n\nSedimentary deposits in North Africa hold most phosphate and rare earths. Igneous deposits in Finland hold the rest, Lynas says.`;
    expect(local(kinds).some((m) => /Sedimentary|Igneous/.test(m))).toBe(false);
    // One site before a singular head, and the last of several before a plural one, still are.
    expect(
      local(
        `${LEAD} Lynas drilled at the Tarrow deposit, and infill drilling at the Halvard and Kivundo deposits returned high rare earth grades. The Mekora deposits need a tailings dam.`,
      ),
    ).toEqual(expect.arrayContaining(['project Tarrow', 'project Halvard', 'project Kivundo', 'project Mekora']));
  });
});

describe('a listing and a legal form the sixty-ninth blind corpus showed (issue 11)', () => {
  it('Russian initials are a legal suffix, and the Amman exchange lists Arab Potash', () => {
    const text = `${LEAD} Belaruskali OAO sells potash through Minsk. Arab Potash Company (ASE: APOT) mines the Dead Sea.`;
    expect(found(text)).toContain('Belaruskali OAO company-belaruskali');
    expect(found(text)).toContain('ASE: APOT company-arab-potash');
    // A share class in Yahoo's form, as a movers list writes it.
    expect(found(`${text} Teck Resources (TECK-B.TO) rose 2%.`)).toContain('TECK-B.TO company-teck-resources');
    // An invented company with the same form is the article's own.
    expect(found(`${LEAD} Belaruskali sells potash. Kestrel Kaliy ZAO mines potash near Perm, as Uralkali does.`)).toContain(
      'Kestrel Kaliy ZAO local:company:Kestrel Kaliy',
    );
  });
});
