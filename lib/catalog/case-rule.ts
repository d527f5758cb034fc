/**
 * The one case-rule inference, in a module of its own (no schema, no Zod) so the content script's
 * start path can use it; `lib/catalog/load.ts` re-exports it.
 */
import type { CaseRule } from './schema';

/**
 * The case rule the matcher infers when an alias gives none (see `CaseRuleSchema`): no lower-case
 * letter → `exact` (`US`, `JOGMEC`); starts with a capital → `name` (`Lynas`); else `any`. The one
 * inference: the spotter's forms, the validator and the card's emphasis all call it.
 */
export function inferCaseRule(text: string): CaseRule {
  if (!/\p{Ll}/u.test(text)) return 'exact';
  if (/^\p{Lu}/u.test(text)) return 'name';
  return 'any';
}
