import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../../lib/catalog/schema';
import { KIND_STYLES as PAGE_STYLES } from '../../../lib/highlight/styles';
import { KIND_STYLES, kindVars } from '../../../lib/ui/kinds';

/** WCAG contrast of two hsl() colours given as [h, s%, l%]. */
function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}
const lum = ([r, g, b]: [number, number, number]) => {
  const c = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
};
const contrast = (x: [number, number, number], y: [number, number, number]) => {
  const [hi, lo] = [lum(x), lum(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const parse = (c: string) => {
  const m = /hsl\((\d+) (\d+)% (\d+)%\)/.exec(c)!;
  return hslToRgb(Number(m[1]), Number(m[2]), Number(m[3]));
};

describe('KIND_STYLES', () => {
  it('covers every kind with a label, symbol and pattern', () => {
    for (const k of ENTITY_KINDS) {
      expect(KIND_STYLES[k].label).toBe(k);
      expect(KIND_STYLES[k].symbol.length).toBeGreaterThan(0);
    }
    expect(new Set(Object.values(KIND_STYLES).map((s) => s.symbol)).size).toBe(ENTITY_KINDS.length);
  });

  it('matches the in-page highlight hues and underline styles', () => {
    for (const k of ENTITY_KINDS) {
      expect(KIND_STYLES[k].hue).toBe(PAGE_STYLES[k].hue);
      expect(KIND_STYLES[k].pattern).toBe(PAGE_STYLES[k].line);
    }
  });

  it('colours reach 3:1 against the theme backgrounds (non-text contrast)', () => {
    const white: [number, number, number] = [255, 255, 255];
    const darkSurface: [number, number, number] = [0x1b, 0x1d, 0x22]; // --surface in components/theme.css
    for (const k of ENTITY_KINDS) {
      expect(contrast(parse(KIND_STYLES[k].light), white)).toBeGreaterThanOrEqual(3);
      expect(contrast(parse(KIND_STYLES[k].dark), darkSurface)).toBeGreaterThanOrEqual(3);
    }
  });

  it('kindVars gives a light-dark colour and a border-safe pattern', () => {
    expect(kindVars('project')).toEqual({ '--kind': 'light-dark(hsl(0 80% 32%), hsl(0 85% 72%))', '--kind-pattern': 'dashed' });
  });
});
