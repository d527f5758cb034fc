// The compiled seed dictionary the content script walks (issue 14): fresh (rebuilt by
// `npm run kb:build`), and matching exactly what the dictionary compiled on the spot matches, on
// the seeds, both recall corpora and the other text fixtures.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import committedLines from '../../../lib/knowledge/compiled-dictionary.txt?lines';
import { loadSeedDictionary } from '../../../lib/knowledge/seed-compiled';
import { unpackCompiled } from '../../../lib/spotter/compiled-dictionary';
import { createSpotter } from '../../../lib/spotter/matcher';
import { compileSeedDictionary, createSeedSpotter, readSeedDictionary } from '../../../seeds/dictionary';
import { COMPILED_DICTIONARY_FILE, readSeeds } from '../../../seeds/read-seeds';
import { bundle } from './seed-bundle';

const dictionary = readSeedDictionary();
const committed = fs.readFileSync(COMPILED_DICTIONARY_FILE, 'utf8');

/** Every text the equivalence is checked on: the seeds and every text fixture of the recall corpora. */
function corpus(): { name: string; text: string }[] {
  const out = readSeeds().map((s) => ({ name: s.stem, text: s.raw }));
  for (const dir of ['recall', 'recall-heldout', 'save', 'events', 'inline']) {
    const full = path.resolve(import.meta.dirname, '../../fixtures', dir);
    if (!fs.existsSync(full)) continue;
    for (const f of fs.readdirSync(full).sort())
      if (/\.(txt|html)$/.test(f) && f !== 'README.md') out.push({ name: `${dir}/${f}`, text: fs.readFileSync(path.join(full, f), 'utf8') });
  }
  return out;
}

describe('the committed compiled dictionary', () => {
  it('is exactly what `npm run kb:build` writes today (stale otherwise: run it)', () => {
    expect(committed === compileSeedDictionary(dictionary, bundle.version)).toBe(true);
  });

  it('holds its ids in order, each once (the content script searches them by halves without checking)', () => {
    const ids = unpackCompiled(committed, { trusted: true }).entities.id;
    expect(ids.length).toBeGreaterThan(5000);
    for (let i = 1; i < ids.length; i++) expect(ids[i - 1]! < ids[i]!, `${ids[i - 1]} before ${ids[i]}`).toBe(true);
  });

  it('gives exactly the mentions of the dictionary compiled on the spot, on the seeds and the recall corpora', () => {
    // As the content script builds it: with the names an article introduces (so is `createSeedSpotter`).
    const fromFile = createSpotter({ seed: unpackCompiled(committed, { trusted: true }) }, { requireField: true, localNames: true });
    const checked = unpackCompiled(committed);
    const onTheSpot = createSeedSpotter(dictionary);
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(30);
    let mentions = 0;
    for (const { name, text } of texts) {
      const expected = onTheSpot.findMentions(text);
      mentions += expected.length;
      expect(fromFile.findMentions(text), name).toEqual(expected);
      expect(fromFile.scan(text, { lineBreaks: 'soft' }), name).toEqual(onTheSpot.scan(text, { lineBreaks: 'soft' }));
      expect(createSpotter({ seed: checked }, { requireField: true }).scan(text), name).toEqual(onTheSpot.scan(text));
    }
    expect(mentions).toBeGreaterThan(1000);
  });

  it('reaches the content script as its lines, one literal each, which unpack to the same dictionary once', () => {
    // wxt.config.ts LINES_IMPORT: what the dictionary keeps is a slice of a line, not of the whole
    // 4 MB text, which can go once unpacked (issue 14, retained heap).
    expect(committedLines.join('\n') === committed).toBe(true);
    expect(committedLines.length).toBe(19);
    const fromLines = unpackCompiled(committedLines, { trusted: true });
    const fromText = unpackCompiled(committed, { trusted: true });
    expect(fromLines.version).toBe(fromText.version);
    expect(fromLines.entities.id).toEqual(fromText.entities.id);
    expect(fromLines.trie.labels === fromText.trie.labels && fromLines.trie.forms === fromText.trie.forms).toBe(true);
    const text = 'MP Materials and Lynas Rare Earths signed with the Pentagon; China restricted gallium exports.';
    expect(createSpotter({ seed: fromLines }).findMentions(text)).toEqual(createSpotter({ seed: fromText }).findMentions(text));
    const seed = loadSeedDictionary();
    expect(seed.entities.id).toEqual(fromText.entities.id);
    expect(loadSeedDictionary()).toBe(seed);
  });

  it('refuses lines that are not text', () => {
    expect(() => unpackCompiled([...committedLines.slice(0, 18), 7 as unknown as string])).toThrow(/not a text/);
    expect(() => unpackCompiled(committedLines.slice(0, 18))).toThrow(/18 lines, expected 19/);
  });

  it('knows every entity of the dictionary by id, with its name and kind', () => {
    const fromFile = createSpotter({ seed: unpackCompiled(committed) });
    for (const e of dictionary.entities) expect(fromFile.entity(e.id), e.id).toMatchObject({ id: e.id, name: e.name, kind: e.kind });
  });
});
