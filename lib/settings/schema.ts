/**
 * The user's in-page settings: what Lodestone marks and where. Parsed leniently (a field that is
 * missing or malformed falls back to its default) so a value written by an older or newer version
 * never switches the extension off by accident. The shape, defaults and a Zod-free reader the
 * content script uses live in `defaults.ts`; this schema is the definition they are tested against.
 */
import { z } from '../zod';
import { ENTITY_KINDS } from '../catalog/kinds';
import { allKinds, DEFAULT_SETTINGS, HIGHLIGHT_MODES, type KindToggles, type Settings } from './defaults';

export { DEFAULT_SETTINGS, HIGHLIGHT_MODES, isActiveOn, readSettings, siteOf, type HighlightMode, type KindToggles, type Settings } from './defaults';

export const HighlightModeSchema = z.enum(HIGHLIGHT_MODES);

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

// The schema's output is exactly the `Settings` shape of defaults.ts (a compile-time check).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.output<typeof SettingsSchema>, Settings> = true;
void sameShape;

/** Parses any stored value into complete settings; never throws. */
export function parseSettings(raw: unknown): Settings {
  const obj = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  const parsed = SettingsSchema.safeParse(obj);
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS, kinds: allKinds(), disabledSites: [] };
}
