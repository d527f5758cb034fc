/**
 * The settings' shape, defaults and lenient reader, free of Zod so the content script can read its
 * settings on every page without building schemas (issue 14). `SettingsSchema` (schema.ts) stays
 * the definition: `readSettings` gives the same result as `parseSettings` for every value storage
 * can hold (JSON), which `test/unit/settings/read-settings.test.ts` checks on generated values.
 */
import { ENTITY_KINDS } from '../catalog/kinds';
import type { EntityKind } from '../catalog/schema';

/** `first`: mark each entity once per page; `every`: mark every mention. */
export const HIGHLIGHT_MODES = ['first', 'every'] as const;
export type HighlightMode = (typeof HIGHLIGHT_MODES)[number];

/** Which kinds are marked: every kind present, `true` = shown. */
export type KindToggles = Record<EntityKind, boolean>;

/** The in-page settings (see `SettingsSchema` for what each means). */
export interface Settings {
  paused: boolean;
  disabledSites: string[];
  kinds: KindToggles;
  highlightMode: HighlightMode;
}

/** Every kind switched on. */
export const allKinds = (): KindToggles => Object.fromEntries(ENTITY_KINDS.map((k) => [k, true])) as KindToggles;

/** The settings a new install starts with. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  paused: false,
  disabledSites: [],
  kinds: allKinds(),
  highlightMode: 'first',
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `parseSettings` without Zod: a missing or malformed field falls back to its default; never throws. */
export function readSettings(raw: unknown): Settings {
  const obj = isRecord(raw) ? raw : {};
  const sites = obj.disabledSites;
  let disabledSites: string[] = [];
  if (Array.isArray(sites) && sites.every((s) => typeof s === 'string')) disabledSites = [...new Set(sites.map((s) => s.trim().toLowerCase()).filter(Boolean))];
  const kinds = allKinds();
  const stored = obj.kinds;
  if (isRecord(stored)) for (const k of ENTITY_KINDS) if (Object.hasOwn(stored, k) && typeof stored[k] === 'boolean') kinds[k] = stored[k];
  const mode = obj.highlightMode;
  return {
    paused: typeof obj.paused === 'boolean' ? obj.paused : false,
    disabledSites,
    kinds,
    highlightMode: mode === 'first' || mode === 'every' ? mode : 'first',
  };
}

/** The host name a settings rule applies to, from a page URL (`''` when it has none). */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** True when Lodestone should annotate a page on `site` (not paused, site not switched off). */
export function isActiveOn(settings: Settings, site: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(site.toLowerCase());
}
