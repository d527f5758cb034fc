/**
 * Small hand-made catalogs for the spotter tests (not the real catalog: these tests must not move
 * when curators edit it).
 */
import { expect } from 'vitest';
import type { Alias, Entity, EntityKind } from '../../../lib/catalog/schema';
import { isLocalId, localEntityOf } from '../../../lib/spotter/local-names';
import type { Spotter } from '../../../lib/spotter/matcher';

/** `[text, entityId]` of each mention `spotter` finds in `text`, each checked to be the text at its offsets. */
export function mentionsBy(spotter: Pick<Spotter, 'findMentions'>): (text: string) => [string, string][] {
  return (text) => {
    const ms = spotter.findMentions(text);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    return ms.map((m) => [m.text, m.entityId]);
  };
}

/** Every mention `spotter` finds in a text, as `text entityId` (what the blind-corpus form tests compare). */
export function foundBy(spotter: Pick<Spotter, 'findMentions'>): (text: string) => string[] {
  return (text) => spotter.findMentions(text).map((m) => `${m.text} ${m.entityId}`);
}

/** Mentions of names the dictionary does not know, as `kind text`. */
export function localMentions(spotter: Pick<Spotter, 'findMentions'>, text: string): string[] {
  return spotter
    .findMentions(text)
    .filter((m) => isLocalId(m.entityId))
    .map((m) => `${localEntityOf(m.entityId)!.kind} ${m.text}`);
}

/** One entity with the given aliases (strings are plain aliases). */
export function entity(id: string, name: string, kind: EntityKind, aliases: (string | Alias)[] = []): Entity {
  return {
    id,
    name,
    kind,
    description: `${name} (test entity).`,
    aliases: aliases.map((a) => (typeof a === 'string' ? { text: a } : a)),
  };
}

/** A capital (a region) that stands for its country's government where it acts (`seatOf`). */
export function capital(id: string, name: string, country: string): Entity {
  return { ...entity(id, name, 'region'), seatOf: country, country };
}

/** A catalog shaped like the real one where it matters: acronyms, short forms, rules. */
export const ENTITIES: Entity[] = [
  entity('country-us', 'United States', 'country', [{ text: 'US', case: 'exact' }, 'U.S.', { text: 'USA', case: 'exact' }]),
  entity('country-china', 'China', 'country'),
  entity('country-japan', 'Japan', 'country'),
  entity('company-usa-rare-earth', 'USA Rare Earth', 'company'),
  entity('government-dod', 'U.S. Department of Defense', 'government', ['US Department of Defense', { text: 'DoD', case: 'exact' }]),
  entity('company-mp-materials', 'MP Materials', 'company'),
  entity('company-lynas', 'Lynas Rare Earths', 'company', ['Lynas']),
  entity('government-jogmec', 'Japan Organization for Metals and Energy Security', 'government', [{ text: 'JOGMEC', case: 'exact' }]),
  entity('company-are', 'American Rare Earths', 'company', [{ text: 'ARE', case: 'exact', requires: ['company-are'], noPlural: true }]),
  entity('company-vulcan', 'Vulcan Elements', 'company', [{ text: 'Vulcan', requires: ['company-vulcan'], noPlural: true }]),
  entity('company-element-usa', 'Element USA', 'company'),
  entity('company-apple', 'Apple', 'company', [{ text: 'Apple', case: 'name', noPlural: true }]),
  entity('material-pr-nd', 'Pr-Nd', 'material', ['NdPr', 'praseodymium-neodymium']),
  entity('material-neodymium', 'neodymium', 'material'),
  entity('material-magnet', 'magnet', 'material', ['rare earth magnet']),
  entity('material-ree', 'rare earth elements', 'material', [{ text: 'REE', case: 'exact' }]),
  entity('material-flux', 'flux', 'material'),
  entity('organisation-eu', 'European Union', 'organisation', [{ text: 'EU', case: 'exact' }]),
];
