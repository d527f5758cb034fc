/**
 * The entity catalog's row shapes. The catalog (seeds/catalog/*.json) is curated by hand from the
 * seed articles and validated against these schemas at build time and in tests.
 */
import { z } from '../zod';
import { ENTITY_KINDS } from './kinds';

/** The kinds of thing Lodestone recognises (`kinds.ts`, free of Zod). */
export { ENTITY_KINDS };
export const EntityKindSchema = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKindSchema>;

/**
 * How an alias's letter case must look in the text for a match.
 * - `exact`: the text has exactly this case (acronyms: `US` not `us`, `ARE` not `are`).
 * - `name`: proper names: exact case, or ALL CAPS; a lower-case form never matches.
 * - `any`: common nouns written lower case in the catalog (`neodymium`): any case.
 * - `styled`: an acronym that is no English word (`JOGMEC`, `MOFCOM`, `EXIM`): as written, in ALL
 *   CAPS, or with each word's first letter kept and the rest in any case (`Jogmec`, `Exim`). The
 *   dictionary build sets it, because only it has a word list to tell `EXIM` from `SAFE`.
 * When omitted, the matcher infers: an alias with no lower-case letter is `exact`, one that starts
 * with a capital is `name`, else `any`. Under `name` the letters after a word's first letter may
 * take any case when the word is written with a lower-case letter (`REAlloys` finds `REalloys`):
 * a first capital kept cannot turn a name into an English word.
 */
export const CaseRuleSchema = z.enum(['exact', 'name', 'any', 'styled']);
export type CaseRule = z.infer<typeof CaseRuleSchema>;

/** One written form of an entity's name. */
export const AliasSchema = z.object({
  /** The form as written (`MP Materials`, `U.S.`, `NdPr`). Possessives/plurals are the matcher's job. */
  text: z.string().min(1),
  case: CaseRuleSchema.optional(),
  /**
   * A standard variant that need not appear in the seeds (`United States` for `US`), as opposed to a
   * form the seeds actually use. Build-time validation requires every other alias to occur in a seed.
   */
  variant: z.boolean().optional(),
  /**
   * Ambiguity rule: the alias only counts when at least one of these entity ids is also mentioned
   * (by an unambiguous alias) in the same document. Used for short forms that are common words or
   * belong to several things (`Vulcan` needs Vulcan Elements; a surname needs its owner's country).
   */
  requires: z.array(z.string()).optional(),
  /** Set when the same alias text is also claimed by another entity; `requires` must then be set. */
  ambiguous: z.boolean().optional(),
  /** Why this alias has a rule: shown in the coverage report and kept for curators. */
  note: z.string().optional(),
  /** Do not accept a plural `s` after this alias (default: plurals allowed only for kind material/company). */
  noPlural: z.boolean().optional(),
  /**
   * A chemical symbol (`Dy`, `Nd`): it counts only in a list of materials (`Dy and Tb`, `Nd/Pr`,
   * `(Nd, Pr, Dy and Tb)`) or before a material noun (`Dy oxide`, `Nd metal`), never alone.
   */
  symbol: z.boolean().optional(),
});
export type Alias = z.infer<typeof AliasSchema>;

/**
 * One exchange listing of a company (`{ exchange: 'ASX', ticker: 'LYC' }`). `exchange` is a code of
 * `EXCHANGES` (lib/catalog/exchanges.ts), which knows how each exchange is written in the news
 * (`NASDAQ: MP`, `Nasdaq:MP`, `LYC.AX`, `300224.SZ`); the spotter derives those forms.
 */
export const ListingSchema = z.object({
  exchange: z.string().min(1),
  // An ampersand only between letters or digits (`BMV: PE&OLES`, Peñoles; `NSE: M&M`).
  ticker: z.string().regex(/^[A-Z0-9](?:[A-Z0-9.-]|&(?=[A-Z0-9])){0,11}$/),
});
export type Listing = z.infer<typeof ListingSchema>;

/** One catalog entity. */
export const EntitySchema = z.object({
  /** Stable id: kebab-case, kind-prefixed where helpful (`company-mp-materials`). Never reused. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  kind: EntityKindSchema,
  aliases: z.array(AliasSchema),
  /** One line, written from the seeds. */
  description: z.string().min(1),
  /** Country or region entity id this belongs to, where it applies. */
  country: z.string().optional(),
  /** Related entity ids (parent company, owner, operator, the law a programme belongs to...). */
  related: z.array(z.string()).optional(),
  /** For people: their role as the seeds give it. */
  role: z.string().optional(),
  /**
   * Named in news of every kind (a carmaker, a bank, a news agency, a head of government's office):
   * it does not by itself make a page one about the field (see lib/spotter/topic.ts).
   */
  general: z.boolean().optional(),
  /**
   * The government a capital stands for in policy news (`Beijing` → China, `Brussels` → the EU): a
   * mention outside a phrase of place (`in Beijing`, `BEIJING, Oct 9`) means that government.
   */
  seatOf: z.string().optional(),
  /** Where the company's shares trade; the card shows them and the spotter matches them. */
  listings: z.array(ListingSchema).optional(),
  /** True for entities the user added (never in the seed catalog). */
  custom: z.boolean().optional(),
});
export type Entity = z.infer<typeof EntitySchema>;

/** The catalog file: a version (bumped on every curated change) and the entities. */
export const CatalogSchema = z.object({
  version: z.number().int().positive(),
  entities: z.array(EntitySchema),
});
export type Catalog = z.infer<typeof CatalogSchema>;

/**
 * What a lexicon file may add to an entity defined elsewhere (the seed catalog or the generated
 * countries): more written forms, listings and relations. Name, kind and description stay theirs.
 */
export const EntityPatchSchema = z.object({
  id: z.string(),
  aliases: z.array(AliasSchema).optional(),
  listings: z.array(ListingSchema).optional(),
  related: z.array(z.string()).optional(),
  /** Replaces a generated description (countries); a curated seed description is never replaced. */
  description: z.string().min(1).optional(),
});
export type EntityPatch = z.infer<typeof EntityPatchSchema>;

/** One file of `seeds/lexicon/`: entities the seeds do not name, and patches to ones they do. */
export const LexiconFileSchema = z.object({
  /** What the file covers and where its facts come from, for curators. */
  about: z.string().optional(),
  entities: z.array(EntitySchema).default([]),
  patches: z.array(EntityPatchSchema).default([]),
  /**
   * Phrases that contain a name but are not one (`US$` is a currency, `gold medal` a prize): the
   * spotter matches them so that no shorter name inside them is, and emits nothing.
   */
  stopPhrases: z.array(z.string().min(2)).default([]),
});
export type LexiconFile = z.infer<typeof LexiconFileSchema>;
