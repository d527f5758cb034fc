/**
 * The reader's own dictionary laid over the shipped one (issue 13), in ONE pure function: the
 * runtime dictionary is the seed dictionary, plus the user's entities (an edit of a seed entity
 * replaces it by id), minus what the user hid (everywhere, or on the one site being read). The
 * content script, the background's save pipeline and the kb CLI all compose through here, so a
 * name the user added or hid behaves the same on a page, in a saved article and on the command line.
 *
 * Representation-agnostic: `composeUserOverlay` says which seed ids drop out and which entities
 * come in, so a caller that keeps the seed dictionary precompiled (a trie built once) can skip the
 * dropped ids there and build a small structure for the incoming ones; `applyUserDictionary` is
 * the plain list for everyone else.
 */
import type { MatchDictionary, MatchEntity } from './match-dictionary';
import { ENTITY_KINDS } from './kinds';

/**
 * The rule a hidden form carries: it requires an entity no dictionary has (`:` is never in an id),
 * so the matcher still reads the form (a shorter name inside it is not matched instead) and
 * `resolveContext` always drops it. Used for hidden names and aliases, which a match entity
 * cannot simply lose (the name is always matched; a derived form, a ticker, comes back otherwise).
 */
export const HIDDEN_RULE = 'hidden:never';

/** One thing the user hid: an entity's form (`text`) or the whole entity (`text: ''`), on a site or everywhere (`site: ''`). */
export interface HiddenName {
  entityId: string;
  /** The form as the user saw it (`MP`, `Lynas Rare Earths`); `''` hides the entity. */
  text: string;
  /** A host name (`www.mining.com`); `''` hides it everywhere. */
  site: string;
}

/** The user's side of the dictionary, compact (what the content script reads from storage). */
export interface UserOverlay {
  /** Entities the user added, and seed entities as the user edited them (same id). */
  entities: MatchEntity[];
  hidden: HiddenName[];
}

/** No user entities, nothing hidden. */
export const EMPTY_OVERLAY: UserOverlay = Object.freeze({ entities: [], hidden: [] });

/** What the overlay does to a seed dictionary on one site. */
export interface OverlayPlan<E extends MatchEntity> {
  /** Seed ids that leave the dictionary (replaced by an edit, hidden, or re-added with hidden forms). */
  dropped: Set<string>;
  /** Entities that come in, in order: user entities and seed entities with hidden forms. */
  entities: E[];
}

/** Case-folded text with spaces collapsed: how hidden forms are compared with names and aliases. */
export const formKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** The hides that apply on `site` (`''`: only those meant for everywhere). */
export function hidesOn(hidden: readonly HiddenName[], site: string): HiddenName[] {
  const host = site.toLowerCase();
  return hidden.filter((h) => h.site === '' || (host !== '' && h.site === host));
}

/**
 * `entity` with the forms in `keys` hidden: each matching alias carries the hidden rule instead of
 * its own, a hidden name becomes a hidden alias (the name stays the card's title), and a hidden
 * text the entity does not list (a derived ticker) is added as a hidden alias so it wins.
 */
function withHiddenForms<E extends MatchEntity>(entity: E, keys: ReadonlySet<string>): E {
  const hidden: MatchEntity['aliases'] = [];
  const kept: MatchEntity['aliases'] = [];
  const done = new Set<string>();
  for (const a of entity.aliases) {
    const k = formKey(a.text);
    if (keys.has(k)) {
      if (!done.has(k)) hidden.push({ text: a.text, requires: [HIDDEN_RULE], noPlural: true });
      done.add(k);
    } else kept.push(a);
  }
  for (const k of keys) {
    if (done.has(k)) continue;
    // The name (its exact text, so the trie's "alias replaces the name" rule applies) or a derived form.
    hidden.push({ text: formKey(entity.name) === k ? entity.name : k, requires: [HIDDEN_RULE], noPlural: true });
  }
  // Hidden forms first: the trie keeps the first of two identical forms.
  return { ...entity, aliases: [...hidden, ...kept] };
}

/**
 * Which seed entities drop out and which entities come in when `user` is laid over `seed` on
 * `site` (`''` for no site: only hides meant for everywhere apply). Pure and deterministic.
 */
export function composeUserOverlay<E extends MatchEntity>(
  seed: readonly E[],
  user: { entities: readonly E[]; hidden: readonly HiddenName[] },
  site = '',
): OverlayPlan<E> {
  const seedIds = new Set(seed.map((e) => e.id));
  const dropped = new Set<string>();
  const hiddenEntities = new Set<string>();
  const hiddenForms = new Map<string, Set<string>>();
  for (const h of hidesOn(user.hidden, site)) {
    if (!h.text) hiddenEntities.add(h.entityId);
    else {
      let keys = hiddenForms.get(h.entityId);
      if (!keys) hiddenForms.set(h.entityId, (keys = new Set()));
      keys.add(formKey(h.text));
    }
  }
  const entities: E[] = [];
  const userIds = new Set<string>();
  for (const e of user.entities) {
    if (userIds.has(e.id)) continue; // the first row for an id wins (a store never has two)
    userIds.add(e.id);
    if (seedIds.has(e.id)) dropped.add(e.id);
    if (hiddenEntities.has(e.id)) continue;
    const keys = hiddenForms.get(e.id);
    entities.push(keys ? withHiddenForms(e, keys) : e);
  }
  for (const e of seed) {
    if (userIds.has(e.id)) continue;
    if (hiddenEntities.has(e.id)) {
      dropped.add(e.id);
      continue;
    }
    const keys = hiddenForms.get(e.id);
    if (keys) {
      dropped.add(e.id);
      entities.push(withHiddenForms(e, keys));
    }
  }
  return { dropped, entities };
}

/**
 * The runtime dictionary: `seed` ⊕ the user's entities (edits override by id) − what is hidden on
 * `site`. Seed entities keep their order; incoming ones follow. The stop phrases are the seed's.
 */
export function applyUserDictionary(seed: MatchDictionary, user: UserOverlay, site = ''): MatchDictionary {
  if (!user.entities.length && !user.hidden.length) return seed;
  const plan = composeUserOverlay(seed.entities, user, site);
  return { ...seed, entities: [...seed.entities.filter((e) => !plan.dropped.has(e.id)), ...plan.entities] };
}

const KINDS = new Set<string>(ENTITY_KINDS);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** One stored match entity, or undefined when its shape is wrong (hand-checked: no Zod on the content script's start path). */
function readEntity(v: unknown): MatchEntity | undefined {
  if (!isObject(v) || !str(v.id, 200) || !str(v.name, 500) || typeof v.kind !== 'string' || !KINDS.has(v.kind) || !Array.isArray(v.aliases)) return undefined;
  const aliases: MatchEntity['aliases'] = [];
  for (const a of v.aliases) {
    if (!isObject(a) || !str(a.text, 500)) return undefined;
    aliases.push({
      text: a.text,
      ...(a.case === 'exact' || a.case === 'name' || a.case === 'any' || a.case === 'styled' ? { case: a.case } : {}),
      ...(Array.isArray(a.requires) && a.requires.every((r) => str(r, 200)) && a.requires.length ? { requires: a.requires } : {}),
      ...(a.noPlural === true ? { noPlural: true } : {}),
      ...(a.symbol === true ? { symbol: true } : {}),
    });
  }
  const listings = Array.isArray(v.listings)
    ? v.listings.filter((l): l is { exchange: string; ticker: string } => isObject(l) && str(l.exchange, 40) && str(l.ticker, 12))
    : [];
  return {
    id: v.id,
    name: v.name,
    kind: v.kind as MatchEntity['kind'],
    aliases,
    ...(listings.length ? { listings } : {}),
    ...(str(v.country, 200) ? { country: v.country } : {}),
    ...(v.general === true ? { general: true } : {}),
  };
}

/**
 * A stored overlay read back (storage is not trusted to hold our shape): malformed entities and
 * hides are dropped one by one, never the whole overlay; anything that is not an overlay is empty.
 */
export function parseUserOverlay(raw: unknown): UserOverlay {
  if (!isObject(raw)) return EMPTY_OVERLAY;
  const entities = Array.isArray(raw.entities) ? raw.entities.map(readEntity).filter((e): e is MatchEntity => e !== undefined) : [];
  const hidden = Array.isArray(raw.hidden)
    ? raw.hidden.filter(
        (h): h is HiddenName =>
          isObject(h) && str(h.entityId, 200) && typeof h.text === 'string' && h.text.length <= 500 && typeof h.site === 'string' && h.site.length <= 253,
      )
    : [];
  return entities.length || hidden.length ? { entities, hidden: hidden.map(({ entityId, text, site }) => ({ entityId, text, site })) } : EMPTY_OVERLAY;
}

/**
 * The entity's own form a page's mention stands for (`Lynas Rare Earths Ltd` → `Lynas Rare Earths`,
 * `magnets` → `magnet`): the name or alias with the mention's key, else the longest one the
 * mention starts with before a non-letter; else the mention's text itself (a derived form: a ticker).
 */
export function formForMention(entity: Pick<MatchEntity, 'name' | 'aliases'>, text: string): string {
  const key = formKey(text);
  const forms = [entity.name, ...entity.aliases.filter((a) => !a.requires?.includes(HIDDEN_RULE)).map((a) => a.text)];
  const exact = forms.find((f) => formKey(f) === key);
  if (exact) return exact;
  let best = '';
  for (const f of forms) {
    const k = formKey(f);
    if (k.length > best.length && key.startsWith(k) && !/[\p{L}\p{N}]/u.test(key[k.length] === 's' ? (key[k.length + 1] ?? '') : (key[k.length] ?? '')))
      best = f;
  }
  return best || text.trim();
}
