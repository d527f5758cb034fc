/**
 * Forms the seventy-first and seventy-second blind corpora showed (issue 11): a table's symbol
 * column, and a site named by another head than the dictionary's (`the Hobart smelter` for the
 * `Hobart zinc smelter`). The corpora themselves are never edited; these cases are written anew.
 */
import { describe, expect, it } from 'vitest';
import { composeDictionary } from '../../../lib/catalog/compose';
import type { Entity } from '../../../lib/catalog/schema';
import { seedSpotter } from '../seed-spotter';
import { foundBy } from './entities';

const seed = seedSpotter();
const found = foundBy(seed);
const LEAD = 'China controls gallium, germanium and tungsten supply, Japan makes silicon wafers, and Lynas sells rare earths.';

describe('forms the seventy-first and seventy-second blind corpora showed (issue 11)', () => {
  it('a symbol alone in a table cell is its element when the row names the element', () => {
    const table = `${LEAD}\n\n| Material | Symbol | Use |\n| --- | --- | --- |\n| Gallium | Ga | power chips |\n| Tungsten | W | contacts and vias |\n| Lithium | Li | batteries |`;
    const marks = found(table);
    expect(marks).toEqual(expect.arrayContaining(['Ga material-gallium', 'W material-tungsten', 'Li material-lithium']));
    // A symbol-like cell in a row that names another element, or none, stays a letter.
    const other = found(`${LEAD}\n\n| Grade | Mark |\n| --- | --- |\n| Gallium | W |\n| Premium | Li |`);
    expect(other.filter((m) => /^(W|Li) /.test(m))).toEqual([]);
  });

  it('a site named with another head of its family: the mention is its name, the site the dictionary holds', () => {
    const text = `${LEAD} Nyrstar said zinc output at its Hobart refinery rose, and Boliden restarted the Odda plant.`;
    expect(found(text)).toEqual(expect.arrayContaining(['Hobart project-hobart-zinc-smelter', 'Odda project-odda-smelter']));
    // A salt flat's lower-case head is prose too: the mention is its name.
    expect(found(`${LEAD} Bolivia's YLB pumps brine from the Uyuni salt flat.`)).toContain('Uyuni project-salar-de-uyuni');
    // The town alone, or before no site's head, is still the town.
    expect(found(`${LEAD} Nyrstar employs 500 people in Hobart, and Hobart council approved the plan.`).filter((m) => m.startsWith('Hobart'))).toEqual([
      'Hobart region-hobart',
      'Hobart region-hobart',
    ]);
  });

  it('derives another head only for a site that alone opens with that name, or its own head for the one plant of that head there', () => {
    const project = (id: string, name: string, aliases: string[] = []): Entity => ({
      id,
      name,
      kind: 'project',
      description: name,
      aliases: aliases.map((text) => ({ text })),
    });
    const { entities } = composeDictionary({
      catalog: [],
      generated: [],
      lexicon: [
        {
          about: 'test',
          entities: [
            project('project-kestrel-zinc-smelter', 'Kestrel zinc smelter'),
            project('project-halvard-mine', 'Halvard nickel mine'),
            // Two sites open with `Tarrow`: neither gains `Tarrow plant`; the one refinery gains `Tarrow refinery` (blind-73).
            project('project-tarrow-refinery', 'Tarrow alumina refinery'),
            project('project-tarrow-facility', 'Tarrow Rare Earths Processing Facility'),
            // A smelter and a refinery in one town: each its own head only.
            project('project-vessa-zinc-smelter', 'Vessa zinc smelter'),
            project('project-vessa-cobalt-refinery', 'Vessa cobalt refinery'),
            // Two plants in one town, one written with a capital head: neither gains `Orlan plant`.
            project('project-orlan-lithium-plant', 'Orlan lithium hydroxide plant'),
            project('project-orlan-cathode-plant', 'Orlan Cathode Material Plant'),
            // A site the dictionary already reads by its bare name needs no other head.
            project('project-mekora', 'Mekora copper mine', ['Mekora']),
          ],
          patches: [],
          stopPhrases: [],
        },
      ],
    });
    const forms = (id: string) => entities.find((e) => e.id === id)!.aliases.map((a) => a.text);
    expect(forms('project-kestrel-zinc-smelter')).toEqual(['Kestrel smelter', 'Kestrel refinery', 'Kestrel plant']);
    // A mine gets its own head only, without what it yields (blind-78's `the Sotkamo mine`); no plant's heads.
    expect(forms('project-halvard-mine')).toEqual(['Halvard mine']);
    expect(forms('project-tarrow-refinery')).toEqual(['Tarrow refinery']);
    expect(forms('project-tarrow-facility')).toEqual([]);
    expect(forms('project-vessa-zinc-smelter')).toEqual(['Vessa smelter']);
    expect(forms('project-vessa-cobalt-refinery')).toEqual(['Vessa refinery']);
    expect(forms('project-orlan-lithium-plant')).toEqual([]);
    expect(forms('project-orlan-cathode-plant')).toEqual([]);
    expect(forms('project-mekora')).toEqual(['Mekora']);
  });
});
