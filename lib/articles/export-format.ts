/**
 * The export file: everything the user added (saved articles with their text, facts and mentions,
 * custom entities, settings), versioned so a later Lodestone can still read it and an older one
 * refuses a newer file with a clear message. Seeds are never exported: they come with the extension.
 */
import { z } from '../zod';
import { EntitySchema } from '../catalog/schema';
import { FactDateSchema, IsoPartialDateSchema, SourceSchema, SourcedFactSchema } from '../facts/schema';
import { DismissedRowSchema, EntityViewRowSchema, HiddenNameRowSchema, MAX_SOURCE_TEXT_CHARS, SourcedMentionSchema } from '../store/rows';

/** The `format` marker of a Lodestone export. */
export const EXPORT_FORMAT = 'lodestone-export';
/**
 * The export version this code writes (and the newest it reads). 2 (issue 12): adds `entityViews`,
 * when the user last looked at each entity ("new since"). 3 (issue 13): adds `dictionary`, the
 * user's edits of catalog entities, hidden names and dismissed suggestions (the entities the user
 * added stay in `customEntities`). Version 1 and 2 files still import.
 */
export const EXPORT_VERSION = 3;

/** Limits that reject hostile or broken files before they cost memory or time. */
export const IMPORT_LIMITS = {
  /** Characters in the whole file (a UTF-16 length check before parsing). */
  maxChars: 64 * 1024 * 1024,
  /** Sources + facts + mentions + custom entities. */
  maxRecords: 100_000,
  /** Characters in any one string (the longest article the store accepts). */
  maxStringChars: MAX_SOURCE_TEXT_CHARS,
  /** Object/array nesting; a v1 export nests 6 deep (root → entities → entity → aliases → alias → requires), settings a few more. */
  maxDepth: 12,
} as const;

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real month/day (29 Feb only in leap years). */
export function isRealPartialDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || !Number.isInteger(y)) return false;
  if (m === undefined) return true;
  if (!(m >= 1 && m <= 12)) return false;
  if (d === undefined) return true;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d >= 1 && d <= (m === 2 && !leap ? 28 : DAYS[m - 1]!);
}

const RealDate = IsoPartialDateSchema.refine(isRealPartialDate, { error: 'not a real calendar date' });
const Timestamp = z.iso.datetime({ offset: true });

/** A saved article as exported: full text, canonical URL and when it was saved. */
export const ExportSourceSchema = SourceSchema.extend({
  id: z.string().regex(/^saved:\S{1,200}$/, { error: 'saved article ids start with "saved:"' }),
  origin: z.literal('saved'),
  canonicalUrl: z.string().min(1).max(8192),
  published: RealDate,
  savedAt: Timestamp,
  title: z.string().max(2000),
});

/** A fact as exported. */
export const ExportFactSchema = SourcedFactSchema.extend({ date: FactDateSchema.extend({ value: RealDate }) });

/**
 * Version 3: the user's dictionary beyond the entities they added. A malformed section refuses the
 * whole file (nothing half-written).
 */
export const DictionarySectionSchema = z.strictObject({
  /** Catalog entities as the user edited them (same id; the catalog's version is not exported). */
  edits: z.array(EntitySchema.extend({ changedAt: Timestamp })).max(10_000),
  hidden: z.array(HiddenNameRowSchema.extend({ hiddenAt: Timestamp })).max(50_000),
  dismissed: z.array(DismissedRowSchema.extend({ dismissedAt: Timestamp })).max(50_000),
});
export type DictionarySection = z.infer<typeof DictionarySectionSchema>;

/** The export file, version 1, 2 or 3. */
export const ExportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(2), z.literal(EXPORT_VERSION)]),
  exportedAt: Timestamp,
  sources: z.array(ExportSourceSchema),
  facts: z.array(ExportFactSchema),
  mentions: z.array(SourcedMentionSchema),
  customEntities: z.array(EntitySchema),
  /** The extension's settings at export time (validated by the settings owner when applied). */
  settings: z.unknown(),
  /** Version 2: when the user last opened each entity's card or timeline (merged keeping the later). */
  entityViews: z.array(EntityViewRowSchema.extend({ seenAt: Timestamp })).optional(),
  /** Version 3: edits of catalog entities, hidden names, dismissed suggestions (issue 13). */
  dictionary: DictionarySectionSchema.optional(),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;
