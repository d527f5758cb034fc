/**
 * The reader's dictionary overlay as the content script reads it from `storage.local`
 * (`local:userDictionary`, the item issue 13's background writes): the reader's entities (seed ids
 * among them replace those seed entities) and what they hid, everywhere or on one site. Issue 13
 * owns this item and its parser; this is the minimal reader the content script's start-up needs,
 * free of Zod (storage is not trusted to hold our shape: anything malformed is skipped).
 */
import { storage } from 'wxt/utils/storage';
import type { MatchEntity } from '../catalog/match-dictionary';

/** One thing the reader hid: a form (`text`) or the whole entity (`text: ''`), on a site or everywhere (`site: ''`). */
export interface HiddenName {
  entityId: string;
  text: string;
  site: string;
}

/** The reader's side of the dictionary. */
export interface UserOverlay {
  entities: MatchEntity[];
  hidden: HiddenName[];
}

/** No entities, nothing hidden. */
export const EMPTY_OVERLAY: UserOverlay = Object.freeze({ entities: [], hidden: [] });

/** The storage item (null: the reader has no dictionary of their own). */
export const userDictionaryItem = storage.defineItem<unknown>('local:userDictionary', { fallback: null });

const isString = (v: unknown): v is string => typeof v === 'string';
const isEntity = (e: unknown): e is MatchEntity => {
  const v = e as Partial<MatchEntity> | null;
  return typeof v === 'object' && v !== null && isString(v.id) && isString(v.name) && isString(v.kind) && Array.isArray(v.aliases) && v.aliases.every((a) => typeof a === 'object' && a !== null && isString(a.text));
};
const isHidden = (h: unknown): h is HiddenName => {
  const v = h as Partial<HiddenName> | null;
  return typeof v === 'object' && v !== null && isString(v.entityId) && isString(v.text) && isString(v.site);
};

/** A stored value as an overlay; malformed entries are skipped, anything else is the empty overlay. */
export function readUserOverlay(raw: unknown): UserOverlay {
  if (typeof raw !== 'object' || raw === null) return EMPTY_OVERLAY;
  const v = raw as { entities?: unknown; hidden?: unknown };
  const entities = Array.isArray(v.entities) ? v.entities.filter(isEntity) : [];
  const hidden = Array.isArray(v.hidden) ? v.hidden.filter(isHidden) : [];
  return entities.length || hidden.length ? { entities, hidden } : EMPTY_OVERLAY;
}

/** Loads the overlay (empty when there is none or storage fails). */
export async function loadUserOverlay(): Promise<UserOverlay> {
  try {
    return readUserOverlay(await userDictionaryItem.getValue());
  } catch {
    return EMPTY_OVERLAY;
  }
}

/** Calls `onChange` whenever the stored overlay changes; returns the unwatch function. */
export function watchUserOverlay(onChange: (overlay: UserOverlay) => void): () => void {
  return userDictionaryItem.watch((value) => onChange(readUserOverlay(value)));
}
