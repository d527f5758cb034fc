/**
 * The entity catalog's row shapes. The catalog (seeds/catalog/*.json) is curated by hand from the
 * seed articles and validated against these schemas at build time and in tests.
 */
import { z } from '../zod';

/** The kinds of thing Lodestone recognises. Each kind has its own highlight style. */
export const ENTITY_KINDS = [
  'country',
  'region',
  'company',
  'government',
  'organisation',
  'person',
  'project',
  'material',
  'policy',
] as const;
export const EntityKindSchema = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKindSchema>;

/**
 * How an alias's letter case must look in the text for a match.
 * - `exact`: the text has exactly this case (acronyms: `US` not `us`, `ARE` not `are`).
 * - `name`: proper names: exact case, or ALL CAPS; a lower-case form never matches.
 * - `any`: common nouns written lower case in the catalog (`neodymium`): any case.
 * When omitted, the matcher infers: an alias with no lower-case letter is `exact`, one that starts
 * with a capital is `name`, else `any`.
 */
export const CaseRuleSchema = z.enum(['exact', 'name', 'any']);
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
});
export type Alias = z.infer<typeof AliasSchema>;

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
