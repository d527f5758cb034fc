/**
 * How each entity kind looks. Kinds are told apart by more than hue: each kind group has its own
 * underline style (solid / dotted / dashed / wavy / double), so the marks survive colour-blindness
 * and greyscale. Backgrounds are light tints with alpha, so they read on white and on dark pages;
 * underline colours switch with the page's theme for contrast.
 */
import type { EntityKind } from '../catalog/schema';

/** Prefix of every highlight name this extension registers (`lodestone-company`...). */
export const HIGHLIGHT_PREFIX = 'lodestone-';
/** The keyboard-focus highlight's name. */
export const FOCUS_HIGHLIGHT = 'lodestone-focus';

/** The page's theme, as far as highlight colours are concerned. */
export type PageTheme = 'light' | 'dark';

interface KindStyle {
  line: 'solid' | 'dotted' | 'dashed' | 'wavy' | 'double';
  /** Hue in degrees; saturation/lightness come from the theme. */
  hue: number;
}

/** One style per kind; groups share an underline style (places dotted, bodies dashed...). */
export const KIND_STYLES: Record<EntityKind, KindStyle> = {
  company: { line: 'solid', hue: 30 },
  country: { line: 'dotted', hue: 210 },
  region: { line: 'dotted', hue: 180 },
  government: { line: 'dashed', hue: 260 },
  organisation: { line: 'dashed', hue: 290 },
  policy: { line: 'dashed', hue: 330 },
  person: { line: 'double', hue: 140 },
  project: { line: 'wavy', hue: 0 },
  material: { line: 'wavy', hue: 50 },
};

/**
 * What a range is drawn as: its kind, or its kind as a name the article introduces (`company-new`:
 * not in the knowledge base, lib/spotter/local-names.ts), drawn with the kind's underline but no
 * tint, so a reader tells a provisional name from one Lodestone knows.
 */
export type MarkStyle = EntityKind | `${EntityKind}-new`;

/** The mark style of a mention of `kind`; `introduced` for a name the article introduces. */
export function markStyle(kind: EntityKind, introduced: boolean): MarkStyle {
  return introduced ? `${kind}-new` : kind;
}

/** The highlight name for a mark style on a page of the given theme (`lodestone-company`, `lodestone-company-new-dark`). */
export function highlightName(style: MarkStyle, theme: PageTheme = 'light'): string {
  return `${HIGHLIGHT_PREFIX}${style}${theme === 'dark' ? '-dark' : ''}`;
}

/** The focus highlight's name for a page theme. */
export function focusHighlightName(theme: PageTheme = 'light'): string {
  return theme === 'dark' ? `${FOCUS_HIGHLIGHT}-dark` : FOCUS_HIGHLIGHT;
}

/** The `::highlight()` rules for every kind plus the focus ring, for a page theme. */
export function buildHighlightCss(theme: PageTheme): string {
  const dark = theme === 'dark';
  const rules = Object.entries(KIND_STYLES).flatMap(([kind, s]) => {
    const line = dark ? `hsl(${s.hue} 85% 72%)` : `hsl(${s.hue} 80% 32%)`;
    const fill = dark ? `hsl(${s.hue} 70% 60% / 0.22)` : `hsl(${s.hue} 90% 50% / 0.13)`;
    const k = kind as EntityKind;
    return [
      `::highlight(${highlightName(k, theme)}){background-color:${fill};text-decoration:underline ${s.line} ${line} 2px;}`,
      // A name the article introduces: the kind's underline, no tint (not in the knowledge base yet).
      `::highlight(${highlightName(markStyle(k, true), theme)}){text-decoration:underline ${s.line} ${line} 2px;}`,
    ];
  });
  // The focus ring must stand out from every kind: strong fill plus a thick solid line.
  const focusFill = dark ? 'hsl(50 100% 60% / 0.45)' : 'hsl(50 100% 50% / 0.55)';
  const focusLine = dark ? '#fff' : '#000';
  rules.push(`::highlight(${focusHighlightName(theme)}){background-color:${focusFill};text-decoration:underline solid ${focusLine} 3px;}`);
  return rules.join('\n');
}

/**
 * The content script's stylesheet (`entrypoints/content/highlights.css`, kept equal to this by a
 * unit test): both palettes, under their own highlight names. It ships as the content script's
 * manifest `css`, in the page before the page is first styled; adding `::highlight()` rules to a
 * page that is already styled restyles the whole document (over 500 ms measured on a 120,000-element
 * page). A theme change moves the ranges to the other names instead of replacing rules.
 */
export function buildContentCss(): string {
  return `/* Generated from lib/highlight/styles.ts (buildContentCss); a unit test keeps them equal. */\n${buildHighlightCss('light')}\n${buildHighlightCss('dark')}\n`;
}

/** Parses `rgb(...)`/`rgba(...)` (what `getComputedStyle` returns) to [r, g, b, alpha]. */
export function parseRgb(color: string): [number, number, number, number] | undefined {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(color.trim());
  if (!m) return undefined;
  let alpha = 1;
  if (m[4] !== undefined) alpha = m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function relativeLuminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * Decides the theme from the first opaque background among `backgrounds` (body, then root, as
 * computed colours); when all are transparent the canvas shows, which is dark only when the page
 * opts into a dark colour scheme and the user prefers dark.
 */
export function pickTheme(backgrounds: readonly string[], canvasDark: boolean): PageTheme {
  for (const bg of backgrounds) {
    const rgb = parseRgb(bg);
    if (!rgb || rgb[3] < 0.5) continue;
    return relativeLuminance(rgb[0], rgb[1], rgb[2]) < 0.2 ? 'dark' : 'light';
  }
  return canvasDark ? 'dark' : 'light';
}
