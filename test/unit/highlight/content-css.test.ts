import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../../lib/catalog/schema';
import { buildContentCss, focusHighlightName, highlightName, markStyle } from '../../../lib/highlight/styles';

const FILE = path.resolve(import.meta.dirname, '../../../entrypoints/content/highlights.css');

describe('the content script stylesheet', () => {
  it('is exactly what lib/highlight/styles.ts generates (regenerate it when the palette changes)', () => {
    expect(fs.readFileSync(FILE, 'utf8')).toBe(buildContentCss());
  });

  it('styles every kind and the focus ring in both palettes, under distinct names', () => {
    const css = buildContentCss();
    const names = new Set<string>();
    for (const theme of ['light', 'dark'] as const) {
      for (const kind of ENTITY_KINDS) names.add(highlightName(kind, theme)).add(highlightName(markStyle(kind, true), theme));
      names.add(focusHighlightName(theme));
    }
    expect(names.size).toBe((2 * ENTITY_KINDS.length + 1) * 2);
    for (const name of names) expect(css, name).toContain(`::highlight(${name}){`);
    // Nothing but ::highlight rules: the stylesheet must never restyle the page itself.
    const selectors = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{[^}]*\}/g)].map((m) => m[1]!.trim());
    expect(selectors.length).toBe(names.size);
    for (const sel of selectors) expect(sel).toMatch(/^::highlight\(lodestone-[a-z-]+\)$/);
  });

  it("draws a name the article introduces with its kind's underline and no tint", () => {
    const css = buildContentCss();
    for (const theme of ['light', 'dark'] as const) {
      for (const kind of ENTITY_KINDS) {
        const rule = (name: string) => new RegExp(`::highlight\\(${name}\\)\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
        const known = rule(highlightName(kind, theme));
        const introduced = rule(highlightName(markStyle(kind, true), theme));
        expect(known).toContain('background-color');
        expect(introduced, kind).not.toContain('background-color');
        expect(introduced).toBe(known.replace(/background-color:[^;]*;/, ''));
      }
    }
  });
});
