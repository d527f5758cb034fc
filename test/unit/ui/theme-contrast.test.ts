/**
 * Pins WCAG AA contrast of the extension pages' colour tokens (components/theme.css) in both
 * themes: text tokens ≥ 4.5:1 on every background token, the focus ring ≥ 3:1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const css = fs.readFileSync(path.resolve(import.meta.dirname, '../../../components/theme.css'), 'utf8');
const tokens = new Map<string, [string, string]>();
for (const m of css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) tokens.set(m[1]!, [m[2]!, m[3]!]);

const lum = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('theme tokens', () => {
  it('are all light-dark pairs', () => {
    for (const t of ['bg', 'surface', 'surface-2', 'text', 'muted', 'accent', 'danger', 'ok', 'focus', 'on-accent', 'mark-bg'])
      expect(tokens.has(t), t).toBe(true);
  });

  for (const [theme, i] of [
    ['light', 0],
    ['dark', 1],
  ] as const) {
    it(`${theme}: text colours reach 4.5:1 on every background, focus 3:1`, () => {
      const c = (t: string) => tokens.get(t)![i];
      for (const fg of ['text', 'muted', 'accent', 'accent-strong', 'danger', 'ok']) {
        for (const bg of ['bg', 'surface', 'surface-2']) expect(contrast(c(fg), c(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrast(c('on-accent'), c('accent'))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c('text'), c('mark-bg'))).toBeGreaterThanOrEqual(4.5);
      for (const bg of ['bg', 'surface']) expect(contrast(c('focus'), c(bg))).toBeGreaterThanOrEqual(3);
    });
  }
});
