/**
 * What the reader types to add or correct an entity (the library's form, a suggestion, the page's
 * context menu), checked before anything is stored (issue 13). One pure function serves the form
 * (which shows the problem as the reader types) and the background (which refuses what the form
 * let through), so both say the same thing:
 *
 * - refused: an empty or one-character name or alias, a name or alias longer than a name can be
 *   (10,000 characters), markup (`<img onerror=…>`: a name never has `<` or `>`), control
 *   characters, a name that is a bare common English word (it would highlight everywhere), and a
 *   name or alias that already belongs to another entity (the reader is offered a merge instead);
 * - warned: an alias that is a common English word. It is kept, with the catalog's own rule for
 *   such forms: it counts only in an article that also names the entity in full.
 */
import { fail, ok, type Result } from '../result';
import { z } from '../zod';
import type { MatchEntity } from './match-dictionary';
import { EntityKindSchema, type Alias, type Entity } from './schema';

/** How long what the reader types may be (a real name is far shorter). */
export const USER_ENTITY_LIMITS = { name: 120, alias: 120, aliases: 30, description: 500 } as const;

/** The form's fields as they arrive (strings as typed; `aliases` already split at commas). */
export const UserEntityInputSchema = z.strictObject({
  name: z.string().max(20_000),
  kind: EntityKindSchema,
  aliases: z.array(z.string().max(20_000)).max(500),
  description: z.string().max(20_000).optional(),
});
export type UserEntityInput = z.infer<typeof UserEntityInputSchema>;

/** Who already owns a written form: the first entity whose name or alias has that key. */
export type NameIndex = ReadonlyMap<string, { id: string; name: string }>;

/** The key two forms clash on: case, apostrophes and spacing aside, and a trailing plural/possessive kept. */
export const nameKey = (text: string): string =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** Indexes every name and alias of `entities` (forms a hidden rule marks are not anybody's). */
export function indexNames(entities: readonly MatchEntity[]): NameIndex {
  const out = new Map<string, { id: string; name: string }>();
  for (const e of entities) {
    for (const text of [e.name, ...e.aliases.filter((a) => !a.requires?.length).map((a) => a.text)]) {
      const k = nameKey(text);
      if (k && !out.has(k)) out.set(k, { id: e.id, name: e.name });
    }
  }
  return out;
}

/** What else the check needs to know. */
export interface CheckOptions {
  /** The names and aliases of every entity in the dictionary (the reader's included). */
  index: NameIndex;
  /** The id of the entity being edited: its own forms are no clash. */
  selfId?: string;
  /** The entity as it stands, when editing: an alias kept keeps its rules. */
  base?: Pick<Entity, 'name' | 'aliases' | 'listings' | 'country' | 'related' | 'role'>;
  isCommonWord: (word: string) => boolean;
}

/** A checked entry: the entity's fields (no id yet) and what the reader should know. */
export interface CheckedEntity {
  entity: Omit<Entity, 'id'>;
  warnings: string[];
}

/** A form's text cleaned of surrounding and repeated spaces (NBSP and tabs count as spaces). */
export const cleanText = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const quote = (text: string): string => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;

/** The first reason `text` cannot be a written form, or null. */
function formProblem(text: string, what: 'name' | 'alias', max: number): { code: string; message: string } | null {
  const label = what === 'name' ? 'The name' : `The form ${quote(text)}`;
  if (!text) return { code: 'empty-name', message: 'Give the entity a name (it is empty).' };
  if (text.length > max) return { code: 'too-long', message: `${label} is ${text.length.toLocaleString('en')} characters long; a name has at most ${max}.` };
  if ([...text].length < 2)
    return {
      code: 'too-short',
      message: `${label} ${what === 'name' ? quote(text) + ' ' : ''}is one character: it would match inside countless words. Use at least two.`,
    };
  if (/[<>]/.test(text)) return { code: 'markup', message: `${label} contains < or >, which no name has (is it markup?): ${quote(text)}.` };
  if (CONTROL.test(text)) return { code: 'invalid-name', message: `${label} contains control characters.` };
  if (!/[\p{L}\p{N}]/u.test(text)) return { code: 'invalid-name', message: `${label} has no letter or digit.` };
  return null;
}

/** The entity whose form `text` already is, unless it is the one being edited. */
export function findClash(text: string, index: NameIndex, selfId?: string): { id: string; name: string } | undefined {
  const owner = index.get(nameKey(text));
  return owner && owner.id !== selfId ? owner : undefined;
}

/**
 * Checks the reader's entry against the dictionary and returns the entity to store, or the first
 * problem (`empty-name`, `too-short`, `too-long`, `markup`, `invalid-name`, `common-word`,
 * `name-taken`, `too-many`). A common-word alias is kept with a rule and a warning.
 */
export function checkUserEntity(input: UserEntityInput, o: CheckOptions): Result<CheckedEntity> {
  const name = cleanText(input.name);
  const nameIssue = formProblem(name, 'name', USER_ENTITY_LIMITS.name);
  if (nameIssue) return fail(nameIssue.code, nameIssue.message);
  // A catalog name kept as it is (`copper`) stays: the catalog's own rules already govern it.
  const keptName = o.base !== undefined && nameKey(o.base.name) === nameKey(name);
  if (!keptName && !name.includes(' ') && o.isCommonWord(name)) {
    return fail(
      'common-word',
      `${quote(name)} is a common English word: as a name it would highlight everywhere. Give the full name (“${name} Inc.”, “${name} Project”) and list ${quote(name)} under Also written.`,
    );
  }
  const aliasTexts = [...new Set(input.aliases.map(cleanText).filter(Boolean))].filter((a) => nameKey(a) !== nameKey(name));
  if (aliasTexts.length > USER_ENTITY_LIMITS.aliases)
    return fail('too-many', `That is ${aliasTexts.length} other forms; at most ${USER_ENTITY_LIMITS.aliases}.`);
  for (const a of aliasTexts) {
    const issue = formProblem(a, 'alias', USER_ENTITY_LIMITS.alias);
    if (issue) return fail(issue.code, issue.message);
  }
  for (const text of [name, ...aliasTexts]) {
    const owner = findClash(text, o.index, o.selfId);
    if (owner) return fail('name-taken', `${quote(text)} already names ${owner.name}. Merge into ${owner.name} instead, or choose another name.`);
  }
  const description = cleanText(input.description ?? '');
  if (description.length > USER_ENTITY_LIMITS.description)
    return fail('too-long', `The description is ${description.length.toLocaleString('en')} characters long; at most ${USER_ENTITY_LIMITS.description}.`);
  // eslint-disable-next-line no-control-regex -- see CONTROL
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(description)) return fail('invalid-name', 'The description contains control characters.');

  const warnings: string[] = [];
  const before = new Map((o.base?.aliases ?? []).map((a) => [nameKey(a.text), a] as const));
  const aliases: Alias[] = aliasTexts.map((text) => {
    const kept = before.get(nameKey(text));
    if (kept) return kept;
    if (!text.includes(' ') && o.isCommonWord(text)) {
      warnings.push(
        `${quote(text)} is a common English word: alone it would highlight everywhere, so it counts only in articles that also name ${name} in full.`,
      );
      return { text, requires: ['@self'], note: 'A common English word: counts only beside the full name.' };
    }
    return { text };
  });
  const entity: Omit<Entity, 'id'> = {
    name,
    kind: input.kind,
    aliases,
    description: description || `Added by you (${input.kind}).`,
    ...(o.base?.listings?.length ? { listings: o.base.listings } : {}),
    ...(o.base?.country ? { country: o.base.country } : {}),
    ...(o.base?.related?.length ? { related: o.base.related } : {}),
    ...(o.base?.role ? { role: o.base.role } : {}),
  };
  return ok({ entity, warnings });
}

/** Replaces the `@self` placeholder of a checked entity's rules with its id (known once it has one). */
export function withOwnId(entity: Omit<Entity, 'id'>, id: string): Entity {
  return {
    ...entity,
    id,
    aliases: entity.aliases.map((a) => (a.requires?.includes('@self') ? { ...a, requires: a.requires.map((r) => (r === '@self' ? id : r)) } : a)),
  };
}

/** A new id for an entity the reader adds: `user-<kind>-<kebab name>`, made unique with `-2`, `-3`…; names with no Latin letters get a hash. */
export function userEntityId(name: string, kind: string, taken: (id: string) => boolean, hash: (s: string) => string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const base = `user-${kind}-${slug || hash(name).slice(0, 8)}`;
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}
