/**
 * Loading the entity catalog and the small helpers every consumer needs (the matcher, the bundle
 * builder, the validator). Browser-safe: callers import the JSON themselves and hand it in.
 */
import { inferCaseRule } from './case-rule';
import { CatalogSchema, type Alias, type CaseRule, type Catalog, type Entity } from './schema';

/** Thrown by `loadCatalog`: the message names the first problem and where it is. */
export class CatalogLoadError extends Error {
  /** How many schema problems were found in all (only the first is described). */
  readonly issueCount: number;

  constructor(message: string, issueCount: number) {
    super(message);
    this.name = 'CatalogLoadError';
    this.issueCount = issueCount;
  }
}

/** `entities[12] (company-x).aliases[0].text` from a Zod issue path, naming the entity when it can. */
function describePath(json: unknown, path: readonly PropertyKey[]): string {
  let out = 'catalog';
  path.forEach((key, i) => {
    out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
    if (i === 1 && path[0] === 'entities' && typeof key === 'number') {
      const entities = (json as { entities?: unknown }).entities;
      const id = Array.isArray(entities) ? (entities[key] as { id?: unknown } | undefined)?.id : undefined;
      if (typeof id === 'string') out += ` (${id})`;
    }
  });
  return out;
}

/**
 * Parses catalog JSON with the Zod schema. Throws a `CatalogLoadError` whose message names the
 * first problem (path, entity id, reason) so a curator can fix the file without a stack dump.
 * Schema shape only: cross-references and seed coverage are `validateCatalog`'s job.
 */
export function loadCatalog(json: unknown): Catalog {
  const result = CatalogSchema.safeParse(json);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const first = issues[0];
  const where = first ? describePath(json, first.path) : 'catalog';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  throw new CatalogLoadError(`Invalid entity catalog: ${where}: ${first?.message ?? 'unknown problem'}${more}`, issues.length);
}

/** The catalog's entities by id. */
export function entityById(catalog: Catalog): Map<string, Entity> {
  return new Map(catalog.entities.map((e) => [e.id, e]));
}

/** The case rule an alias gets when it sets none (`case-rule.ts`, free of Zod for the content script). */
export { inferCaseRule };

/** The case rule that applies to an alias: its own, or the inferred one. */
export function caseRuleOf(alias: Alias): CaseRule {
  return alias.case ?? inferCaseRule(alias.text);
}

/**
 * Every written form the matcher looks for: the entity's name (as an alias with no rule and the
 * inferred case) followed by its aliases.
 */
export function entityForms(entity: Entity): Alias[] {
  return [{ text: entity.name }, ...entity.aliases];
}

/** Whether the matcher accepts a plural `s`/`es` after this form (materials and companies only). */
export function allowsPlural(entity: Entity, alias: Alias): boolean {
  return (entity.kind === 'material' || entity.kind === 'company') && !alias.noPlural;
}
