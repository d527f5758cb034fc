// Issue 13's bad input: what the reader types is refused with a clear message (empty, one
// character, 10,000 characters, markup, a common word as a name, a name another entity has) or
// kept with a warning (a common word among the other forms, which then needs the full name).
import { describe, expect, it } from 'vitest';
import { toMatchEntity } from '../../../lib/catalog/match-dictionary';
import { checkUserEntity, indexNames, userEntityId, withOwnId, type UserEntityInput } from '../../../lib/catalog/user-entity';
import { isCommonWord } from '../../../lib/text/common-words';
import { fnv1a64 } from '../../../lib/text/hash';
import { ENTITIES } from '../spotter/entities';

const index = indexNames(ENTITIES.map(toMatchEntity));
const check = (over: Partial<UserEntityInput>, extra: Partial<Parameters<typeof checkUserEntity>[1]> = {}) =>
  checkUserEntity({ name: 'Borealis Magnetics', kind: 'company', aliases: [], ...over }, { index, isCommonWord, ...extra });
const code = (r: ReturnType<typeof check>) => (r.ok ? 'ok' : r.error.code);
const message = (r: ReturnType<typeof check>) => (r.ok ? '' : r.error.message);

describe('checkUserEntity', () => {
  it('accepts a real name, cleaning its spaces, with a default description', () => {
    const r = check({ name: '  Borealis \u00a0 Magnetics ', aliases: [' Borealis ', '', 'BMAG', 'borealis magnetics'] });
    expect(r.ok && r.value).toEqual({
      entity: { name: 'Borealis Magnetics', kind: 'company', aliases: [{ text: 'Borealis' }, { text: 'BMAG' }], description: 'Added by you (company).' },
      warnings: [],
    });
  });

  it.each([
    ['', 'empty-name', /Give the entity a name \(it is empty\)/],
    ['   \t ', 'empty-name', /it is empty/],
    ['X', 'too-short', /one character/],
    ['😀', 'too-short', /one character/],
    ['A'.repeat(10_000), 'too-long', /10,000 characters long; a name has at most 120/],
    ['<img src=x onerror=alert(1)>', 'markup', /contains < or >, which no name has \(is it markup\?\): “<img src=x onerror=alert\(1\)>”/],
    ['Acme\u0007Corp', 'invalid-name', /control characters/],
    ['---', 'invalid-name', /no letter or digit/],
    ['Copper', 'common-word', /“Copper” is a common English word: as a name it would highlight everywhere/],
  ])('refuses the name %j (%s)', (name, expected, text) => {
    const r = check({ name });
    expect(code(r)).toBe(expected);
    expect(message(r)).toMatch(text);
  });

  it('refuses the same problems in another form', () => {
    expect(code(check({ aliases: ['B'] }))).toBe('too-short');
    expect(code(check({ aliases: ['<b>x</b>'] }))).toBe('markup');
    expect(code(check({ aliases: ['C'.repeat(500)] }))).toBe('too-long');
    expect(code(check({ aliases: Array.from({ length: 31 }, (_, i) => `Form ${i}`) }))).toBe('too-many');
  });

  it('refuses a name or alias another entity has, naming it (a merge is offered instead)', () => {
    expect(message(check({ name: 'lynas rare earths' }))).toBe(
      '“lynas rare earths” already names Lynas Rare Earths. Merge into Lynas Rare Earths instead, or choose another name.',
    );
    expect(message(check({ aliases: ['JOGMEC'] }))).toMatch(/“JOGMEC” already names Japan Organization for Metals and Energy Security/);
    // Its own forms are no clash when it is the one being edited.
    expect(code(check({ name: 'Lynas Rare Earths', aliases: ['Lynas'] }, { selfId: 'company-lynas' }))).toBe('ok');
    // A form with a rule (`Vulcan` only beside Vulcan Elements) belongs to nobody outright.
    expect(code(check({ name: 'Vulcan Materials', aliases: ['Vulcan'] }))).toBe('ok');
  });

  it('warns about a common-word alias and keeps it only beside the full name', () => {
    const r = check({ aliases: ['North', 'Borealis'] });
    expect(r.ok && r.value.warnings).toEqual([
      '“North” is a common English word: alone it would highlight everywhere, so it counts only in articles that also name Borealis Magnetics in full.',
    ]);
    const entity = withOwnId(r.ok ? r.value.entity : (undefined as never), 'user-company-borealis-magnetics');
    expect(entity.aliases).toEqual([
      { text: 'North', requires: ['user-company-borealis-magnetics'], note: 'A common English word: counts only beside the full name.' },
      { text: 'Borealis' },
    ]);
  });

  it('keeps a catalog name as it is and the rules of forms it keeps, when editing', () => {
    const base = { name: 'copper', aliases: [{ text: 'Cu', symbol: true as const }] };
    const r = check({ name: 'copper', kind: 'material', aliases: ['Cu', 'cuprum'] }, { selfId: 'material-copper', base });
    expect(r.ok && r.value.entity.aliases).toEqual([{ text: 'Cu', symbol: true }, { text: 'cuprum' }]);
  });
});

describe('userEntityId', () => {
  it('makes a readable, unique id; a name without Latin letters gets a hash', () => {
    const taken = new Set(['user-company-borealis-magnetics']);
    expect(userEntityId('Borealis Magnetics', 'company', (id) => taken.has(id), fnv1a64)).toBe('user-company-borealis-magnetics-2');
    expect(userEntityId('Société Générale', 'company', () => false, fnv1a64)).toBe('user-company-societe-generale');
    expect(userEntityId('北方稀土', 'company', () => false, fnv1a64)).toMatch(/^user-company-[0-9a-f]{8}$/);
  });
});
