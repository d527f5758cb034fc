/**
 * Forms the seventy-third and seventy-fourth blind corpora showed (issue 11): a known company named
 * again by the one word before its suffix (`Sumitomo Corporation` … `Sumitomo`) or by a styled first
 * word (`NextSource Materials Inc.` … `NextSource`), a release's contact line, and a listing on
 * Vietnam's UPCoM. The corpora themselves are never edited; these cases are written anew.
 */
import { describe, expect, it } from 'vitest';
import { seedSpotter } from '../seed-spotter';
import { foundBy } from './entities';

const seed = seedSpotter();
const found = foundBy(seed);
const LEAD = 'China controls cobalt and nickel refining, and Lynas sells rare earths.';

describe('forms the seventy-third and seventy-fourth blind corpora showed (issue 11)', () => {
  it('a known company written with its suffix is named again by the word before it, only as written', () => {
    const text = `${LEAD} Mitsubishi Corporation holds a stake in the nickel mine. Mitsubishi said nickel prices were too low.`;
    expect(found(text)).toEqual(expect.arrayContaining(['Mitsubishi Corporation company-mitsubishi-corporation', 'Mitsubishi company-mitsubishi-corporation']));
    // Without the formal name on the page, the bare word names none of the group's companies.
    expect(found(`${LEAD} Mitsubishi said nickel prices were too low.`).filter((m) => m.startsWith('Mitsubishi'))).toEqual([]);
    // In capitals the word may be a heading's common noun (the material, since the dictionary holds
    // quartz): not the company.
    const caps = `${LEAD} Quartz Corp mines quartz near Spruce Pine.\n\nQUARTZ\n\nQuartz Corp said cobalt demand rose.`;
    expect(found(caps).filter((m) => /^QUARTZ company-/.test(m))).toEqual([]);
  });

  it('a styled first word names the known company again, not a company of the article’s own', () => {
    const text = `${LEAD} NextSource Materials Inc. (TSX: NEXT) mines graphite in Madagascar. NextSource plans an anode plant.`;
    const marks = found(text);
    expect(marks).toContain('NextSource company-nextsource-materials');
    expect(marks.filter((m) => m.includes('local:'))).toEqual([]);
  });

  it('the person a release’s contact line names, on the line of its opening words or the line after', () => {
    const text = `${LEAD}\n\nFor further information: Maren Kolstad, Investor Relations, Lynas Rare Earths\n\nMedia contact:\nTobias Vell, Communications Manager\n+61 8 5550 0100`;
    expect(found(text)).toEqual(expect.arrayContaining(['Maren Kolstad local:person:Maren Kolstad', 'Tobias Vell local:person:Tobias Vell']));
    // Words after a colon on an ordinary line are no contact.
    expect(found(`${LEAD}\n\nOutlook: Maren Kolstad Mining, the trader, expects cobalt to rise.`).filter((m) => m.includes('person'))).toEqual([]);
  });

  it('no person where the contact line gives a team', () => {
    for (const team of ['Investor Relations', 'Corporate Affairs', 'Media Desk'])
      expect(found(`${LEAD}\n\nMedia and investor contact: ${team}, Lynas Rare Earths, Perth.`).filter((m) => m.includes('person'))).toEqual([]);
  });

  it('a listing on UPCoM, Hanoi’s market for unlisted public companies, names its company', () => {
    const text = `${LEAD} Masan High-Tech Materials (UPCoM: MSR) mines tungsten and fluorspar at Nui Phao.`;
    expect(found(text)).toContain('UPCoM: MSR company-masan-high-tech-materials');
  });

  it('the Treasury is the US one where what it administers is named; a formula after its compound is that compound', () => {
    const us = `${LEAD} Washington widened its sanctions, and the Treasury's Office of Foreign Assets Control (OFAC) warned banks.`;
    expect(found(us)).toContain('Treasury government-us-treasury');
    // Without the Treasury's own business on the page, the word names no treasury.
    expect(found(`${LEAD} Washington widened its sanctions, and the Treasury said little.`).filter((m) => m.startsWith('Treasury'))).toEqual([]);
    const carbide = `${LEAD} Most tungsten goes into tungsten carbide (WC) for cutting tools; WC powder is pressed and sintered.`;
    expect(found(carbide).filter((m) => m.startsWith('WC '))).toEqual(['WC material-tungsten-carbide', 'WC material-tungsten-carbide']);
    expect(found(`${LEAD} The WC at the Lynas site was closed.`).filter((m) => m.startsWith('WC '))).toEqual([]);
  });
});
