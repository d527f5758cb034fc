/**
 * The seed dictionary as the build reads it (Node only): the curated catalog, countries and
 * capitals generated from the `world-countries` data set, and the hand-written lexicon files in
 * `seeds/lexicon/*.json`, composed by `composeDictionary` (lib/catalog/compose.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import catalogJson from './catalog.json' with { type: 'json' };
import { composeDictionary, type Dictionary } from '../lib/catalog/compose';
import { loadCatalog } from '../lib/catalog/load';
import { LexiconFileSchema, type Entity, type LexiconFile } from '../lib/catalog/schema';
import { compileDictionary, packCompiled } from '../lib/spotter/compiled-dictionary';
import { createSpotter, type Spotter } from '../lib/spotter/matcher';
import { capitalEntities, countryEntities } from './lexicon/countries';
import { materialEntities } from './lexicon/materials';

export const LEXICON_DIR = path.resolve(import.meta.dirname, 'lexicon');

/** Every `seeds/lexicon/*.json`, parsed, in file-name order; throws naming the file and the problem. */
export function readLexicon(): LexiconFile[] {
  return fs
    .readdirSync(LEXICON_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = LexiconFileSchema.safeParse(JSON.parse(fs.readFileSync(path.join(LEXICON_DIR, f), 'utf8')));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`seeds/lexicon/${f}: ${issue?.path.join('.')}: ${issue?.message}`);
      }
      return { ...parsed.data, about: parsed.data.about ?? f };
    });
}

/** The seed dictionary: every entity, and the stop phrases. */
export function readSeedDictionary(): Dictionary {
  return composeDictionary({
    catalog: loadCatalog(catalogJson).entities,
    generated: [...countryEntities(), ...capitalEntities(), ...materialEntities()],
    lexicon: readLexicon(),
  });
}

/** The spotter over the seed dictionary, as `kb extract` and the tests use it: with the names an article introduces (`localNames`). */
export function createSeedSpotter(dictionary: Dictionary = readSeedDictionary()): Spotter {
  return createSpotter(dictionary.entities, { stopPhrases: dictionary.stopPhrases, requireField: true, localNames: true });
}

/** Every entity the seed dictionary holds. */
export function readDictionary(): Entity[] {
  return readSeedDictionary().entities;
}

/**
 * The seed dictionary compiled for the spotter, packed (`npm run kb:build` writes it to
 * `lib/knowledge/compiled-dictionary.txt`; a unit test fails when the committed file is stale).
 */
export function compileSeedDictionary(dictionary: Dictionary, version: string): string {
  return packCompiled(compileDictionary(dictionary.entities, { stopPhrases: dictionary.stopPhrases, version }));
}
