/**
 * What a card or an entity page says an entity is "also written as", and its listings: the forms a
 * reader meets in the news, not the matcher's internals (no rule-only repeats of the name, no
 * spelling that differs only in case or punctuation from one already shown).
 */
import { formatListing } from '../catalog/exchanges';
import type { Alias, Listing } from '../catalog/schema';

const shape = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Up to `max` distinct other forms of a name, in catalog order. */
export function alsoWrittenAs(entity: { name: string; aliases: readonly Pick<Alias, 'text'>[] }, max = 6): string[] {
  const seen = new Set([shape(entity.name)]);
  const out: string[] = [];
  for (const a of entity.aliases) {
    const k = shape(a.text);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(a.text);
    if (out.length === max) break;
  }
  return out;
}

/** `ASX: LYC · OTC: LYSCF`, or '' when the entity has no listing. */
export function listingLine(listings: readonly Listing[] | undefined): string {
  return (listings ?? []).map(formatListing).join(' · ');
}
