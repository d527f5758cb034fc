/**
 * The user's in-page settings: what Lodestone marks and where. Parsed leniently (a field that is
 * missing or malformed falls back to its default) so a value written by an older or newer version
 * never switches the extension off by accident.
 */
import { z } from '../zod';
import { ENTITY_KINDS, type EntityKind } from '../catalog/schema';

/** `first`: mark each entity once per page; `every`: mark every mention. */
export const HIGHLIGHT_MODES = ['first', 'every'] as const;
export const HighlightModeSchema = z.enum(HIGHLIGHT_MODES);
export type HighlightMode = z.infer<typeof HighlightModeSchema>;

/** Which kinds are marked: every kind present, `true` = shown. */
export type KindToggles = Record<EntityKind, boolean>;

const allKinds = (): KindToggles =>
  Object.fromEntries(ENTITY_KINDS.map((k) => [k, true])) as KindToggles;

/**
 * The settings as stored under `local:settings`.
 * Default mode is `first`: a careful reader wants each name explained once, where it is first
 * introduced (Wikipedia's "link once" convention); marking every `China` on a page turns the text
 * into noise and costs a registered range per mention.
 */
export const SettingsSchema = z.object({
  /** Global pause: nothing is spotted or marked on any page. */
  paused: z.boolean().catch(false),
  /** Host names (`www.example.com`) where Lodestone stays off. Lower case, unique. */
  disabledSites: z
    .array(z.string())
    .catch([])
    .transform((sites) => [...new Set(sites.map((s) => s.trim().toLowerCase()).filter(Boolean))]),
  /** Per-kind toggles; a kind missing from the stored value is shown. */
  kinds: z
    .record(z.string(), z.unknown())
    .catch({})
    .transform((stored): KindToggles => {
      const out = allKinds();
      for (const k of ENTITY_KINDS) if (typeof stored[k] === 'boolean') out[k] = stored[k];
      return out;
    }),
  highlightMode: HighlightModeSchema.catch('first'),
});
export type Settings = z.output<typeof SettingsSchema>;

/** The settings a new install starts with. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  paused: false,
  disabledSites: [],
  kinds: allKinds(),
  highlightMode: 'first',
});

/** Parses any stored value into complete settings; never throws. */
export function parseSettings(raw: unknown): Settings {
  const obj = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  const parsed = SettingsSchema.safeParse(obj);
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS, kinds: allKinds(), disabledSites: [] };
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
