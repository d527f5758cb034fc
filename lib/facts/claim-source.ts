/**
 * What a claim is read from (one event of a sentence) and the entity kinds that may hold a value.
 */
import type { FactDate, Figure } from './schema';

/** A mention inside the fact's quote (offsets into the quote). */
export interface QuoteMention {
  entityId: string;
  start: number;
  end: number;
}

/** What a claim is read from: one event of a sentence. */
export interface ClaimSource {
  quote: string;
  /** The event's words (the whole quote when absent). */
  clause?: { start: number; end: number };
  figures: readonly Figure[];
  date: FactDate;
  entityIds: readonly string[];
  mentions: readonly QuoteMention[];
}

/** Catalog ids start with their kind (`country-…`; checked by the catalog tests); unknown prefixes fit any role. */
export function kindOf(id: string): string | undefined {
  return /^(country|region|company|government|organisation|person|project|material|policy)-/.exec(id)?.[1];
}
/** Who can hold reserves or a share: not a person, a material, a policy, a government or an organisation. */
export const HOLDS_RESOURCES = (id: string) => !['person', 'material', 'policy', 'government', 'organisation'].includes(kindOf(id) ?? '');
/** Who can act (sign, announce, receive money): not a person, material, policy, project or region. */
export const ACTS = (id: string) => !['person', 'material', 'policy', 'project', 'region'].includes(kindOf(id) ?? '');
