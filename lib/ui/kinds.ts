/**
 * How each entity kind looks in Lodestone's own pages (popup, library) and, if the in-page helper
 * imports it, on news pages. Colour is never the only cue: each kind also has an underline/border
 * pattern and a symbol, and its label is in the accessible name of every chip.
 *
 * Hues and patterns match `lib/highlight/styles.ts` (pinned by test/unit/ui/kinds.test.ts) so a
 * kind looks the same in the page and in the popup. The colours are for marks, borders and dots
 * (non-text contrast ≥ 3:1 on the theme's background, WCAG 1.4.11); text always uses the theme's
 * foreground colour, so text contrast does not depend on the kind.
 */
import { ENTITY_KINDS } from '../catalog/kinds';
import type { EntityKind } from '../catalog/schema';

/** A CSS line style that can be both an underline (`text-decoration-style`) and a border. */
export type KindPattern = 'solid' | 'dotted' | 'dashed' | 'wavy' | 'double';

/** One kind's look. */
export interface KindStyle {
  /** Singular label, lower case (`company`). */
  label: string;
  /** Plural label for filters (`Companies`). */
  plural: string;
  /** Colour on light backgrounds (≥ 3:1 against white). */
  light: string;
  /** Colour on dark backgrounds (≥ 3:1 against the dark theme's surface). */
  dark: string;
  /** Underline/border style: the non-colour cue shared with the in-page marks. */
  pattern: KindPattern;
  /** A glyph shown before names in chips (hidden from assistive tech; the label is read instead). */
  symbol: string;
  /** Hue in degrees (the in-page highlight derives its tints from it). */
  hue: number;
}

const style = (label: string, plural: string, hue: number, pattern: KindPattern, symbol: string): KindStyle => ({
  label,
  plural,
  hue,
  pattern,
  symbol,
  light: `hsl(${hue} 80% 32%)`,
  dark: `hsl(${hue} 85% 72%)`,
});

/** The style of every kind. */
export const KIND_STYLES: Record<EntityKind, KindStyle> = {
  company: style('company', 'Companies', 30, 'solid', '■'),
  country: style('country', 'Countries', 210, 'dotted', '●'),
  region: style('region', 'Regions', 180, 'dotted', '◐'),
  government: style('government', 'Governments', 260, 'dashed', '▲'),
  organisation: style('organisation', 'Organisations', 290, 'dashed', '◆'),
  policy: style('policy', 'Policies', 330, 'dashed', '§'),
  person: style('person', 'People', 140, 'double', '☺'),
  project: style('project', 'Projects', 0, 'wavy', '⚑'),
  material: style('material', 'Materials', 50, 'wavy', '⬢'),
};

/** The kinds in the order filters list them. */
export const KIND_ORDER: readonly EntityKind[] = ENTITY_KINDS;

/**
 * Inline custom properties for an element showing a kind: `--kind` is the theme-appropriate colour
 * (CSS `light-dark()` follows `color-scheme`), `--kind-pattern` the line style.
 */
export function kindVars(kind: EntityKind): Record<string, string> {
  const s = KIND_STYLES[kind];
  return { '--kind': `light-dark(${s.light}, ${s.dark})`, '--kind-pattern': s.pattern === 'wavy' ? 'dashed' : s.pattern };
}

/** True when `value` is a known kind (stored rows may come from newer versions). */
export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}
