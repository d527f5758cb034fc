// The content script's Zod-free settings reader (issue 14) must read every stored value exactly as
// the schema does: generated JSON values, malformed fields among them.
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../../lib/catalog/kinds';
import { readSettings } from '../../../lib/settings/defaults';
import { parseSettings } from '../../../lib/settings/schema';

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const SCALARS: unknown[] = [null, true, false, 0, 1, -3.5, '', 'first', 'every', 'EVERY', ' Example.COM ', 'news.site', [], {}];

function any(r: () => number, depth = 0): unknown {
  const x = r();
  if (depth > 1 || x < 0.6) return SCALARS[Math.floor(r() * SCALARS.length)];
  if (x < 0.8) return Array.from({ length: Math.floor(r() * 3) }, () => any(r, depth + 1));
  return { paused: any(r, depth + 1) };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** A stored value: usually settings-shaped, with well-formed and malformed fields mixed. */
function value(r: () => number): unknown {
  if (r() < 0.1) return any(r);
  const out: Record<string, unknown> = {};
  if (r() < 0.7) out.paused = r() < 0.7 ? r() < 0.5 : any(r);
  if (r() < 0.7)
    out.disabledSites = r() < 0.7 ? Array.from({ length: Math.floor(r() * 4) }, () => pick(r, [' Example.COM ', 'news.site', '', 'a.b', 'news.site'])) : any(r);
  if (r() < 0.7) out.kinds = r() < 0.7 ? Object.fromEntries(ENTITY_KINDS.filter(() => r() < 0.4).map((k) => [k, r() < 0.8 ? r() < 0.5 : any(r)])) : any(r);
  if (r() < 0.7) out.highlightMode = pick(r, ['first', 'every', 'EVERY', 3, null]);
  if (r() < 0.2) out.other = any(r);
  return out;
}

describe('readSettings', () => {
  it('gives what parseSettings gives for 3,000 generated values', () => {
    const r = random(14);
    let differentFromDefaults = 0;
    for (let i = 0; i < 3000; i++) {
      const raw = value(r);
      const expected = parseSettings(raw);
      expect(readSettings(raw), JSON.stringify(raw)).toEqual(expected);
      if (JSON.stringify(expected) !== JSON.stringify(parseSettings(undefined))) differentFromDefaults++;
    }
    expect(differentFromDefaults).toBeGreaterThan(100);
  });

  it('reads well-formed settings field by field', () => {
    const raw = { paused: true, disabledSites: [' A.com ', 'a.com', ''], kinds: { company: false }, highlightMode: 'every' };
    expect(readSettings(raw)).toEqual(parseSettings(raw));
    expect(readSettings(raw).disabledSites).toEqual(['a.com']);
    expect(readSettings(raw).kinds.company).toBe(false);
  });
});
