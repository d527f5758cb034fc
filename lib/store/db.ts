/**
 * The one Dexie database, `lodestone`, in the extension's origin. Only extension contexts open it
 * (background, popup, library page); content scripts ask the background, or the database would be
 * created in the news site's origin.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import { createValidationMiddleware } from './validate-writes';
import { SCHEMA_VERSIONS } from './schema-history';
import {
  ROW_SCHEMAS,
  type EntityRow,
  type CandidateRow,
  type DismissedRow,
  type EntityViewRow,
  type HiddenNameRow,
  type FactEntityRow,
  type FactRow,
  type MentionRow,
  type MetaRow,
  type SourceRow,
  type SourceTextRow,
} from './rows';

/** The database's name in IndexedDB. */
export const DB_NAME = 'lodestone';

/** Options for tests and the upgrade harness. */
export interface LodestoneDBOptions {
  /** Declare only the schema versions up to this one (to create an "old" database in tests). */
  upToVersion?: number;
  /** Validate rows on write (default true; the upgrade harness writes old shapes raw). */
  validate?: boolean;
}

/** The typed database. Construct once per context and share it; Dexie opens it lazily. */
export class LodestoneDB extends Dexie {
  entities!: EntityTable<EntityRow, 'id'>;
  sources!: EntityTable<SourceRow, 'id'>;
  sourceTexts!: EntityTable<SourceTextRow, 'id'>;
  facts!: EntityTable<FactRow, 'id'>;
  factEntities!: Table<FactEntityRow, [string, string]>;
  mentions!: Table<MentionRow, [string, string]>;
  meta!: Table<MetaRow, MetaRow['key']>;
  /** Schema v2: when the user last opened an entity's card or timeline. */
  entityViews!: EntityTable<EntityViewRow, 'entityId'>;
  /** Schema v3: names and entities the user hid (everywhere or on one site). */
  hiddenNames!: Table<HiddenNameRow, [string, string, string]>;
  /** Schema v3: suggestions the user dismissed. */
  dismissed!: EntityTable<DismissedRow, 'key'>;
  /** Schema v3: names each saved article suggests adding. */
  candidates!: Table<CandidateRow, [string, string]>;

  constructor(name: string = DB_NAME, options: LodestoneDBOptions = {}) {
    super(name);
    const upTo = options.upToVersion ?? Number.POSITIVE_INFINITY;
    for (const v of SCHEMA_VERSIONS) {
      if (v.version > upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    if (options.validate !== false) this.use(createValidationMiddleware(ROW_SCHEMAS));
  }
}

/** The tables a write that touches a whole source (its text, facts, links, mentions and suggested names) needs. */
export function sourceGraphTables(db: LodestoneDB): Table[] {
  return [db.sources, db.sourceTexts, db.facts, db.factEntities, db.mentions, db.candidates];
}
