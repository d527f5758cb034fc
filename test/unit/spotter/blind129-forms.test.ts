/**
 * Issue 11, from the hundred-and-twenty-ninth blind corpus: a release that defines a known
 * project's name shortened in its middle (`Libby Exploration Project ("Libby Project" or the
 * "Project")`) means that project by the short name for the rest of the article. A small hand-made
 * dictionary, so curators' edits never move these tests; the corpora are never edited.
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, foundBy, localMentions } from './entities';

const FIELD = '\n\nCopper, silver and zinc: mining, smelting, export controls and the supply chain.';
const spotter = createSpotter(
  [
    entity('material-copper', 'copper', 'material'),
    entity('material-silver', 'silver', 'material'),
    entity('material-zinc', 'zinc', 'material'),
    entity('region-montana', 'Montana', 'region'),
    entity('company-hecla', 'Hecla Mining', 'company', ['Hecla']),
    entity('project-libby', 'Libby Exploration Project', 'project'),
    entity('project-kings-mountain', 'Kings Mountain Lithium Project', 'project'),
  ],
  { requireField: true, localNames: true },
);
const found = foundBy(spotter);
const projects = (text: string) => found(text + FIELD).filter((f) => f.includes(' project-'));

describe('a known project’s name shortened in its middle and defined in quotation marks', () => {
  it('is that project wherever the article writes it', () => {
    const text =
      'Hecla received approval for the Libby Exploration Project ("Libby Project" or the "Project") in Montana. The Libby Project remains on schedule.';
    expect(projects(text)).toEqual(['Libby Exploration Project project-libby', 'Libby Project project-libby', 'Libby Project project-libby']);
    expect(localMentions(spotter, text + FIELD)).toEqual([]);
  });

  it('keeps the name’s first and last words, in order, as the name writes them', () => {
    const text = 'Work resumed at the Kings Mountain Lithium Project ("Kings Project"). The Kings Project is in Montana.';
    expect(projects(text)).toEqual([
      'Kings Mountain Lithium Project project-kings-mountain',
      'Kings Project project-kings-mountain',
      'Kings Project project-kings-mountain',
    ]);
    // Not the last word alone, nor words out of order, nor a word the name does not have.
    for (const q of ['Project', 'Lithium Kings Project', 'Kings Gold Project', 'kings project']) {
      const other = `Work resumed at the Kings Mountain Lithium Project ("${q}"). The ${q} is in Montana.`;
      expect(projects(other).filter((f) => f.startsWith(`${q} `))).toEqual([]);
    }
  });

  it('is not read outside quotation marks', () => {
    const text = 'Work resumed at the Kings Mountain Lithium Project (Kings Project). The Kings Project is in Montana.';
    expect(projects(text).filter((f) => f.startsWith('Kings Project '))).toEqual([]);
  });
});
