/**
 * A span's key as one number, for maps and sets of spans. Keys built as strings (`${start}:${end}`)
 * convert numbers to strings, and a few hundred conversions make V8 grow its number-to-string cache
 * to full size: 64 KB kept in every tab for the page's life, for nothing the page needs. Exact for
 * spans starting before 2^27 (134 million code units) and shorter than 2^26.
 */
export function spanKey(start: number, end: number): number {
  return start * 0x4000000 + (end - start);
}

/** A set of (entity, span) triples, keyed without building strings of numbers (see `spanKey`). */
export class EntitySpanSet {
  private readonly ids = new Map<number, string | string[]>();

  add(entityId: string, start: number, end: number): void {
    const k = spanKey(start, end);
    const had = this.ids.get(k);
    if (had === undefined) this.ids.set(k, entityId);
    else if (typeof had === 'string') {
      if (had !== entityId) this.ids.set(k, [had, entityId]);
    } else if (!had.includes(entityId)) had.push(entityId);
  }

  has(entityId: string, start: number, end: number): boolean {
    const had = this.ids.get(spanKey(start, end));
    return had === entityId || (Array.isArray(had) && had.includes(entityId));
  }
}
