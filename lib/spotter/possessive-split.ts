/**
 * `China's Ministry of Commerce`, `Japan's industry ministry`: a dictionary may hold the possessive
 * form because the body's own words are too generic alone, but a reader (and an annotator) sees
 * two names, the country and its body. A match whose text starts with a place's name and `'s` is
 * split into the place and the rest.
 */
import type { EntityKind } from '../catalog/schema';
import type { Scanner, SpotMatch } from './types';

const POSSESSIVE = /['\u2019]s\s+/;

/** Splits place-possessive matches (see above); `scanner` reads the head, `kinds` tells a place. */
export function splitPlacePossessives(text: string, matches: SpotMatch[], scanner: Scanner, kinds: Pick<ReadonlyMap<string, EntityKind>, 'get'>): SpotMatch[] {
  const out: SpotMatch[] = [];
  for (const m of matches) {
    const kind = kinds.get(m.entityId);
    const p = kind === 'country' || kind === 'region' ? null : POSSESSIVE.exec(m.text);
    if (p && p.index > 0) {
      const head = text.slice(m.start, m.start + p.index);
      const place = scanner
        .scan(head)
        .find((h) => h.start === 0 && h.end === head.length && (kinds.get(h.entityId) === 'country' || kinds.get(h.entityId) === 'region'));
      if (place) {
        out.push({ ...place, start: m.start, end: m.start + head.length });
        const start = m.start + p.index + p[0].length;
        out.push({
          ...m,
          start,
          text: text.slice(start, m.end),
          ...(m.otherwise ? { otherwise: m.otherwise.map((o) => ({ ...o, start, text: text.slice(start, o.end) })) } : {}),
        });
        continue;
      }
    }
    out.push(m);
  }
  return out;
}
