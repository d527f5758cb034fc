// Issue 13: the one composition of the runtime dictionary (seed ⊕ user entities − hides) and what
// it does to matching: an edit replaces its seed entity by id, a user entity is matched, a hidden
// form or entity is not, per site or everywhere; the overlay read back from storage is checked.
import { describe, expect, it } from 'vitest';
import { toMatchEntity, type MatchDictionary } from '../../../lib/catalog/match-dictionary';
import {
  applyUserDictionary,
  composeUserOverlay,
  EMPTY_OVERLAY,
  formForMention,
  HIDDEN_RULE,
  parseUserOverlay,
  type UserOverlay,
} from '../../../lib/catalog/user-dictionary';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, ENTITIES } from '../spotter/entities';

const SEED: MatchDictionary = { version: 'v1', entities: ENTITIES.map(toMatchEntity), stopPhrases: [] };
const spotted = (d: MatchDictionary, text: string) =>
  createSpotter(d.entities, { stopPhrases: d.stopPhrases })
    .findMentions(text)
    .map((m) => `${m.entityId}:${m.text}`);
const TEXT = 'Lynas Rare Earths and Borealis Magnetics signed with MP Materials; Lynas said the US agreed.';

describe('applyUserDictionary', () => {
  it('is the seed itself when the user has nothing', () => {
    expect(applyUserDictionary(SEED, EMPTY_OVERLAY)).toBe(SEED);
  });

  it('adds the user’s entities, which are then matched like any other', () => {
    const user: UserOverlay = { entities: [toMatchEntity(entity('user-company-borealis', 'Borealis Magnetics', 'company', ['Borealis']))], hidden: [] };
    const d = applyUserDictionary(SEED, user);
    expect(d.entities).toHaveLength(SEED.entities.length + 1);
    expect(spotted(d, TEXT)).toContain('user-company-borealis:Borealis Magnetics');
    expect(spotted(SEED, TEXT)).not.toContain('user-company-borealis:Borealis Magnetics');
  });

  it('lets an edit of a seed entity replace it by id (its new forms match, its dropped ones do not)', () => {
    const edited = toMatchEntity(entity('company-lynas', 'Lynas Rare Earths', 'company', ['Lynas Corp']));
    const d = applyUserDictionary(SEED, { entities: [edited], hidden: [] });
    expect(d.entities.filter((e) => e.id === 'company-lynas')).toEqual([edited]);
    expect(d.entities).toHaveLength(SEED.entities.length);
    const found = spotted(d, 'Lynas Corp and Lynas met.');
    expect(found).toContain('company-lynas:Lynas Corp');
    expect(found).not.toContain('company-lynas:Lynas');
  });

  it('hides a whole entity everywhere, and only on its site when the hide names one', () => {
    const user: UserOverlay = { entities: [], hidden: [{ entityId: 'company-mp-materials', text: '', site: 'news.example' }] };
    expect(spotted(applyUserDictionary(SEED, user, 'news.example'), TEXT)).not.toContain('company-mp-materials:MP Materials');
    expect(spotted(applyUserDictionary(SEED, user, 'other.example'), TEXT)).toContain('company-mp-materials:MP Materials');
    expect(spotted(applyUserDictionary(SEED, user), TEXT), 'no site: only hides meant for everywhere').toContain('company-mp-materials:MP Materials');
    const everywhere = applyUserDictionary(SEED, { entities: [], hidden: [{ entityId: 'company-mp-materials', text: '', site: '' }] }, 'other.example');
    expect(everywhere.entities.map((e) => e.id)).not.toContain('company-mp-materials');
  });

  it('hides one form and keeps the others; a hidden name stays the title', () => {
    const alias = applyUserDictionary(SEED, { entities: [], hidden: [{ entityId: 'company-lynas', text: 'lynas', site: '' }] });
    const found = spotted(alias, TEXT);
    expect(found).toContain('company-lynas:Lynas Rare Earths');
    expect(found).not.toContain('company-lynas:Lynas');
    const name = applyUserDictionary(SEED, { entities: [], hidden: [{ entityId: 'company-lynas', text: 'Lynas Rare Earths', site: '' }] });
    const byName = spotted(name, TEXT);
    expect(byName).not.toContain('company-lynas:Lynas Rare Earths');
    // The hidden name still covers its words: `Lynas` inside it is not matched instead, only the one on its own.
    expect(byName.filter((m) => m === 'company-lynas:Lynas')).toHaveLength(1);
    expect(name.entities.find((e) => e.id === 'company-lynas')!.name).toBe('Lynas Rare Earths');
  });

  it('hides a derived form (a ticker) the entity does not list', () => {
    const listed = { ...toMatchEntity(entity('company-lynas', 'Lynas Rare Earths', 'company')), listings: [{ exchange: 'ASX', ticker: 'LYC' }] };
    const seed: MatchDictionary = { version: 'v', entities: [listed, ...SEED.entities.filter((e) => e.id !== 'company-lynas')], stopPhrases: [] };
    expect(spotted(seed, 'Shares of ASX: LYC rose; Lynas Rare Earths said.')).toContain('company-lynas:ASX: LYC');
    const hidden = applyUserDictionary(seed, { entities: [], hidden: [{ entityId: 'company-lynas', text: 'ASX: LYC', site: '' }] });
    expect(spotted(hidden, 'Shares of ASX: LYC rose; Lynas Rare Earths said.')).toEqual(['company-lynas:Lynas Rare Earths']);
  });

  it('composeUserOverlay names the seed ids that drop and the entities that come in (for a precompiled seed)', () => {
    const plan = composeUserOverlay(SEED.entities, {
      entities: [toMatchEntity(entity('company-lynas', 'Lynas', 'company')), toMatchEntity(entity('user-x', 'Xeno Corp', 'company'))],
      hidden: [
        { entityId: 'country-china', text: '', site: '' },
        { entityId: 'country-us', text: 'US', site: '' },
      ],
    });
    expect([...plan.dropped].sort()).toEqual(['company-lynas', 'country-china', 'country-us']);
    expect(plan.entities.map((e) => e.id)).toEqual(['company-lynas', 'user-x', 'country-us']);
    expect(plan.entities.find((e) => e.id === 'country-us')!.aliases[0]).toEqual({ text: 'US', requires: [HIDDEN_RULE], noPlural: true });
  });
});

describe('formForMention', () => {
  const lynas = toMatchEntity(entity('company-lynas', 'Lynas Rare Earths', 'company', ['Lynas']));
  it('finds the form a page’s mention stands for', () => {
    expect(formForMention(lynas, 'LYNAS')).toBe('Lynas');
    expect(formForMention(lynas, 'Lynas Rare Earths Ltd')).toBe('Lynas Rare Earths');
    expect(formForMention(lynas, 'Lynas’s')).toBe('Lynas');
    expect(formForMention(toMatchEntity(entity('m', 'magnet', 'material')), 'magnets')).toBe('magnet');
    expect(formForMention(lynas, 'ASX: LYC')).toBe('ASX: LYC');
  });
});

describe('parseUserOverlay (storage is not trusted)', () => {
  it('keeps what is sound and drops what is not, item by item', () => {
    const good = toMatchEntity(entity('user-a', 'Alpha Metals', 'company', ['Alpha']));
    const parsed = parseUserOverlay({
      entities: [good, { id: 'x', name: 'No Kind', aliases: [] }, { id: 'y', name: 'Bad alias', kind: 'company', aliases: [{ text: 5 }] }, null],
      hidden: [{ entityId: 'company-lynas', text: 'Lynas', site: '' }, { entityId: 'z', text: 7, site: '' }, 'nope'],
    });
    expect(parsed).toEqual({ entities: [good], hidden: [{ entityId: 'company-lynas', text: 'Lynas', site: '' }] });
    for (const junk of [null, undefined, 'x', 5, [], { entities: 'no' }]) expect(parseUserOverlay(junk)).toEqual(EMPTY_OVERLAY);
  });
});
