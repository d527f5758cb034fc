/**
 * Lodestone annotates pages about its field. A city essay that names Tokyo and Las Vegas, a
 * football report, a phone review with a "titanium frame" are not about rare earths and critical
 * minerals: every highlight there is noise. So a page (or an article) gets highlights only when it
 * is about the field: it names an anchor (a material, a project, a policy, or a company of the
 * chain, by a form that needs no context) or uses the field's own words (`rare earths`, `critical
 * minerals`). Countries, places, people, governments and companies named in news of every kind
 * (`general`: carmakers, banks, news agencies) are not anchors: they are everywhere.
 */
import type { EntityKind } from '../catalog/schema';

/** The field's own words, which no page about something else uses: one is enough. */
export const FIELD_WORDS = /\brare[\s-]earths?\b|\bcritical[\s-](?:minerals?|raw[\s-]materials|metals)\b|\bpermanent[\s-]magnets?\b/i;
/**
 * Words of mining and metals that other pages use now and then (a recipe's "minerals", a game's
 * "smelting"): two of them make a page about the field (a mining-policy story says "mining" and
 * "mineral" many times).
 */
const TRADE_WORDS = /\b(?:mining|miners?|minerals?|smelt(?:er|ers|ing)|refiner(?:y|ies)|offtake|metallurg\w*|mineral[\s-]rights)\b/gi;

/** Kinds whose entities anchor a page in the field, unless flagged `general`. */
const ANCHOR_KINDS: ReadonlySet<EntityKind> = new Set(['material', 'project', 'policy', 'company']);

/** Whether an entity of this kind and flag anchors a page in the field. */
export function isAnchor(kind: EntityKind | undefined, general: boolean | undefined): boolean {
  return kind !== undefined && ANCHOR_KINDS.has(kind) && !general;
}

/**
 * True when the texts of one document (an article, or a page's blocks) use the field's own words
 * (one) or its trade's words (two in all).
 */
export function usesFieldWords(texts: string | Iterable<string>): boolean {
  let n = 0;
  for (const text of typeof texts === 'string' ? [texts] : texts) {
    if (FIELD_WORDS.test(text)) return true;
    TRADE_WORDS.lastIndex = 0;
    while (TRADE_WORDS.exec(text)) if (++n >= 2) return true;
  }
  return false;
}
