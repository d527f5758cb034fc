/**
 * Row shapes produced by the knowledge pipeline: mentions, facts, sources and the bundle. These are
 * the CLI's JSON contract (`npm run kb -- extract|dump`) and the store's rows.
 */
import { z } from '../zod';
import { EntitySchema } from '../catalog/schema';

/** An ISO date at its real precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const IsoPartialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const DATE_PRECISIONS = ['day', 'month', 'quarter', 'season', 'half', 'year'] as const;
export const DatePrecisionSchema = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/** The event date of a fact. */
export const FactDateSchema = z.object({
  /** `YYYY` | `YYYY-MM` | `YYYY-MM-DD`; for quarter/season/half precision, the first month of it. */
  value: IsoPartialDateSchema,
  precision: DatePrecisionSchema,
  /** True when the sentence states something planned or expected, not yet done. */
  planned: z.boolean(),
  /**
   * `text`: the event's own words state the date; `context`: the sentences around it do (a
   * paragraph opening `In July 2025,`, a dated section heading, or the deal a continuation such as
   * `also`, `in turn` or `It` carries on); `published`: nothing does, so it happened at or before
   * the report and is dated by its article's publication (shown as "reported …").
   */
  from: z.enum(['text', 'context', 'published']),
  /** The words that gave the date (`on November 26`, `by 2028`), when from the text or the context. */
  phrase: z.string().optional(),
  /** Qualifier: `early`, `late`, `mid`, `by`, `before`, `after`, `as of`... */
  qualifier: z.string().optional(),
  /**
   * Last part of a stated range, at the same precision as `value` (`the week of September 8-12,
   * 2025` → value `2025-09-08`, until `2025-09-12`; `2025–2050` → `2025` until `2050`).
   */
  until: IsoPartialDateSchema.optional(),
});
export type FactDate = z.infer<typeof FactDateSchema>;

/** A figure stated in a sentence. */
export const FigureSchema = z.object({
  /** Verbatim text of the figure (`$620 million`, `6,000 mt`, `¥667,500/ton`). */
  text: z.string(),
  /** The number, scaled (`$620 million` → 620000000). */
  value: z.number(),
  /**
   * Unit: a currency code (`USD`, `CAD`, `BRL`, `CNY`, `JPY`, `EUR`, `INR`), `t` (metric tonnes),
   * `%`, `USD/lb`, `CNY/t`, `t/yr`, `jobs`... or `` for a bare count.
   */
  unit: z.string(),
  /** Upper bound of a stated range (`85–90%` → value 85, max 90); absent for a single number. */
  max: z.number().optional(),
  /** Offset of the figure within the fact's quote. */
  start: z.number().int().nonnegative().optional(),
});
export type Figure = z.infer<typeof FigureSchema>;

/** A span of text naming an entity. Offsets are UTF-16 code units into the normalised text. */
export const MentionSchema = z.object({
  entityId: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Mention = z.infer<typeof MentionSchema>;

/**
 * A claim: a value a fact states about an entity and a measure (issue 12) — a reserve size, a
 * world rank, a share, a capacity, a price, a deal's amount, or the date of a named event. Claims
 * about the same entity and measure are compared across facts (`claim-compare.ts`).
 */
export const ClaimSchema = z.object({
  /**
   * What is measured, with what qualifies it: `reserves:rare earth`, `reserves-rank:rare earth`,
   * `share:refining capacity`, `capacity`, `price`, `floor-price`, `money:loan`, `date:announce plan`.
   */
  measure: z.string().min(1),
  /** The entity the value is about (the holder of the reserves, the recipient of the loan…). */
  entityId: z.string().min(1),
  /** A number (rank 1 = largest), scaled to `unit`; absent for a date. */
  value: z.number().optional(),
  /** Upper end of a stated range (`85–90%`). */
  max: z.number().optional(),
  /** `t`, `%`, `rank`, a currency (`USD`), a price unit (`USD/lb`), `t/yr`; absent for a date. */
  unit: z.string().optional(),
  /** For `date:` measures: the event's date as the fact gives it. */
  date: z.object({ value: IsoPartialDateSchema, precision: DatePrecisionSchema, planned: z.boolean().optional() }).optional(),
  /** `about`, `approximately`…: the value is rounded. */
  approximate: z.boolean().optional(),
  /** For `date:` measures: every actor of the event (two events match only with the same actors). */
  actors: z.array(z.string()).optional(),
  /** For `date:` measures: the words naming what the event concerns (`raw materials`), to tell two plans apart. */
  about: z.array(z.string()).optional(),
  /** For `date:` measures: the named thing the event concerns (a policy or project entity), if any. */
  objectId: z.string().optional(),
  /** The words that state the claim, verbatim, and where they start in the fact's quote. */
  text: z.string(),
  start: z.number().int().nonnegative(),
});
export type Claim = z.infer<typeof ClaimSchema>;

/** Where, inside a fact's quote, the words of its event lie (offsets into `quote`). */
export const ClauseSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((c) => c.start < c.end, { error: 'a clause is a non-empty span' });
export type Clause = z.infer<typeof ClauseSchema>;

/**
 * A dated fact: one event of a sentence naming at least one entity. A sentence may hold several
 * events (`signed an agreement …, with production scheduled to commence in December 2026`): each
 * is a fact with the whole sentence as its quote and its own words as its `clause`.
 */
export const FactSchema = z.object({
  /** Stable: `${sourceId}:${start}` for a sentence's first event, `${sourceId}:${start}:${n}` for its n-th further one. */
  id: z.string(),
  entityIds: z.array(z.string()).min(1),
  /** The verbatim sentence: `text.slice(start, end)` of the normalised article text. */
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  date: FactDateSchema,
  figures: z.array(FigureSchema),
  /** The section heading the sentence sits under, if any. */
  section: z.string().optional(),
  /** The event's words inside `quote`, when the sentence holds more than one event. */
  clause: ClauseSchema.optional(),
  /** Values the event's words state about an entity and a measure (see `ClaimSchema`). */
  claims: z.array(ClaimSchema).optional(),
});
export type Fact = z.infer<typeof FactSchema>;

/** A fact as stored or bundled: tied to its source. */
export const SourcedFactSchema = FactSchema.extend({ sourceId: z.string() });
export type SourcedFact = z.infer<typeof SourcedFactSchema>;

/** An article: a seed or one the user saved. */
export const SourceSchema = z.object({
  /** `seed:<file stem>` for seeds (`seed:<stem>:related-<n>` for their Related News items), `saved:<hash of canonical url>` for saved articles. */
  id: z.string(),
  origin: z.enum(['seed', 'saved']),
  title: z.string(),
  publisher: z.string().optional(),
  byline: z.string().optional(),
  url: z.string().optional(),
  /** Publication date (`YYYY-MM-DD` or coarser). */
  published: IsoPartialDateSchema,
  /** How the publication date was found: `meta`, `text`, `estimate`, `saved-on` (none found). */
  publishedFrom: z.enum(['meta', 'text', 'estimate', 'saved-on']),
  /** The normalised text the facts' offsets point into. */
  text: z.string(),
  /** ISO timestamp of when it was saved (saved articles). */
  savedAt: z.string().optional(),
  /**
   * For an item of another article's "Related News" list (`seed:<stem>:related-<n>`): the id of
   * the article that listed it. Its text is the item's title and teaser; its date is the item's own.
   */
  listedIn: z.string().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** What `extract` returns for one article. */
export const ExtractionSchema = z.object({
  text: z.string(),
  mentions: z.array(MentionSchema),
  facts: z.array(FactSchema),
  entities: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
});
export type Extraction = z.infer<typeof ExtractionSchema>;

/** The knowledge bundle the extension ships: built deterministically from `seeds/`. */
export const BundleSchema = z.object({
  /** Content hash of the bundle; changes when any entity, source or fact changes. */
  version: z.string(),
  catalogVersion: z.number().int(),
  entities: z.array(EntitySchema),
  sources: z.array(SourceSchema),
  facts: z.array(SourcedFactSchema),
  mentions: z.array(MentionSchema.extend({ sourceId: z.string() })),
});
export type Bundle = z.infer<typeof BundleSchema>;
