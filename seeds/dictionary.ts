/**
 * The seed dictionary as the build reads it (Node only): today the curated catalog.
 */
import catalogJson from './catalog.json' with { type: 'json' };
import { loadCatalog } from '../lib/catalog/load';
import type { Entity } from '../lib/catalog/schema';

/** Every entity the seed dictionary holds. */
export function readDictionary(): Entity[] {
  return loadCatalog(catalogJson).entities;
}
