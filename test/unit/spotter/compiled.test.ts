// The compiled dictionary (issue 14): packing round-trips, damaged text is refused with a clear
// error, and a layered spotter (compiled seed + the reader's overlay) matches exactly what one
// dictionary of the same entities does.
import { describe, expect, it } from 'vitest';
import type { MatchEntity } from '../../../lib/catalog/match-dictionary';
import { compileDictionary, CompiledDictionaryError, packCompiled, unpackCompiled, type EntityTable } from '../../../lib/spotter/compiled-dictionary';
import { hiddenSet } from '../../../lib/spotter/forms';
import { childStartingWith } from '../../../lib/spotter/compiled-trie';
import { layeredEntities, rootAsciiOf, rowsOf } from '../../../lib/spotter/layers';
import { createSpotter, type HiddenForm } from '../../../lib/spotter/matcher';
import { CodedColumn, fromLatin1, itemsOf, joinList, PackedList, packInts, splitList, unpackInts } from '../../../lib/spotter/packed-text';
import { entity, ENTITIES } from './entities';

const TEXT = [
  'The U.S. Department of Defense (DoD) backs MP Materials and Lynas Rare Earths; USA Rare Earth and Element USA too.',
  'China and Japan (JOGMEC) buy NdPr and neodymium magnets; the EU weighs rare earth elements (REE).',
  'American Rare Earths (ARE) said ARE shares rose. Vulcan Elements, or Vulcan, makes rare earth magnets with Apple.',
  'LYNAS said the US and USA would fund Borealis Metals and Borealis, and Kestrel Minerals in the Kestrel basin.',
].join('\n');

const USER: MatchEntity[] = [
  { id: 'user-borealis', name: 'Borealis Metals', kind: 'company', aliases: [{ text: 'Borealis' }] },
  { id: 'user-kestrel', name: 'Kestrel Minerals', kind: 'company', aliases: [] },
  // A seed entity as the reader edited it: it replaces the seed's.
  { id: 'company-lynas', name: 'Lynas Rare Earths', kind: 'company', aliases: [{ text: 'Lynas' }, { text: 'LYNAS', case: 'exact' }] },
];

describe('packed text', () => {
  it('is Latin-1 whatever the names hold (a one-byte string in V8), and gives them back', () => {
    const entities = [entity('person-vucic', 'Aleksandar Vučić', 'person'), entity('region-hanoi', 'Hà Nội – Đông Anh', 'region')];
    const packed = packCompiled(compileDictionary(entities));
    expect([...packed].filter((c) => c.charCodeAt(0) > 0xff)).toEqual([]);
    const back = unpackCompiled(packed);
    expect(back.entities.name).toEqual(['Aleksandar Vučić', 'Hà Nội – Đông Anh']);
    const text = 'Aleksandar Vučić met officials in Hà Nội – Đông Anh.';
    expect(createSpotter({ seed: back }).findMentions(text)).toEqual(createSpotter(entities).findMentions(text));
    expect(
      createSpotter({ seed: back })
        .findMentions(text)
        .map((m) => m.entityId),
    ).toEqual(['person-vucic', 'region-hanoi']);
  });

  it('keeps the trie’s labels one-byte whatever scripts the keys hold, and matches as an unpacked trie does', () => {
    const entities = [
      entity('organisation-moex', 'Московская биржа', 'organisation'),
      entity('region-karas', 'ǁKaras', 'region'),
      entity('organisation-mosenergo', 'Мосэнерго', 'organisation'),
      entity('company-zijin', '紫金矿业', 'company'),
      entity('region-tlicho', 'Tłı̨chǫ', 'region'),
      entity('company-moscow-metals', 'Moscow Metals', 'company'),
    ];
    const compiledHere = compileDictionary(entities);
    expect([...compiledHere.trie.labels].some((c) => c.charCodeAt(0) > 0xff)).toBe(true);
    const packed = packCompiled(compiledHere);
    const lines = packed.split('\n');
    expect([...lines[8]!].filter((c) => c.charCodeAt(0) > 0xff)).toEqual([]);
    const text = [
      'Shares on Московская биржа rose; Мосэнерго and Москва fell, and Moscow Metals held.',
      'In the ǁKaras region and in Tłı̨chǫ lands; 紫金矿业 and 紫金 reported.',
      // U+0001, which stands in the packed labels for a wide unit, matches nothing by itself.
      'Shares on \u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001 биржа and \u0001Karas.',
    ].join('\n');
    const plain = createSpotter(entities).findMentions(text);
    expect(plain.map((m) => m.entityId)).toEqual([
      'organisation-moex',
      'organisation-mosenergo',
      'company-moscow-metals',
      'region-karas',
      'region-tlicho',
      'company-zijin',
    ]);
    for (const trusted of [false, true]) {
      const back = unpackCompiled(packed, { trusted });
      expect(createSpotter({ seed: back }).findMentions(text)).toEqual(plain);
      // The same trie walked by the generic lookup.
      const units = [...'ǁkaras'].map((c) => c.charCodeAt(0));
      let k = 0;
      for (const u of units) {
        const x = childStartingWith(back.trie, k, u);
        if (x < 0) break;
        k = x;
      }
      expect(k).toBeGreaterThan(0);
      expect(back.trie.wide?.size).toBe(lines[18]!.length / 4);
    }
    // A damaged list of wide units is refused.
    for (const units of ['', lines[18]!.slice(4), `${lines[18]}0430`, lines[18]!.replace(/^..../, '0041')]) {
      const damaged = [...lines];
      damaged[18] = units;
      expect(() => unpackCompiled(damaged.join('\n'))).toThrow(/wide units/);
    }
  });

  it('round-trips integers at the narrowest width, and lists', () => {
    for (const values of [[0, 1, 255], [0, 256, 65535], [7, 65536, 2 ** 31 - 1], []]) {
      const p = packInts(values);
      expect(p.width).toBe(values.some((v) => v > 65535) ? 4 : values.some((v) => v > 255) ? 2 : 1);
      expect([...unpackInts(p.text, p.width, values.length)]).toEqual(values);
    }
    expect(splitList(joinList(['a', 'b c', '']), 3)).toEqual(['a', 'b c', '']);
  });

  it('refuses values it cannot hold and counts that do not agree', () => {
    expect(() => packInts([-1])).toThrow(RangeError);
    expect(() => packInts([1.5])).toThrow(RangeError);
    expect(() => joinList(['a|b'])).toThrow(/contains/);
    expect(() => unpackInts(packInts([1, 2]).text, 1, 3)).toThrow(/expected 3/);
    expect(() => splitList('a|b', 3)).toThrow(/expected 3/);
  });
});

describe('a packed list read one item at a time', () => {
  const text = joinList(['Lynas', '', 'Vu\u0001010di\u0001010d', 'a,b']);
  it('gives each item, decoded, and nothing outside the list', () => {
    const list = new PackedList(text, 4, fromLatin1);
    expect([list.at(3), list.at(0), list.at(1), list.at(2)]).toEqual(['a,b', 'Lynas', '', 'Vučič']);
    expect([list.at(-1), list.at(4), list.at(Number.NaN)]).toEqual([undefined, undefined, undefined]);
    expect(itemsOf(list)).toEqual(splitList(text, 4).map(fromLatin1));
    expect(itemsOf(new PackedList('', 0, String))).toEqual([]);
    const column = new CodedColumn(new Uint8Array([2, 0, 1]), (c) => ['a', 'b', 'c'][c]!);
    expect([column.length, ...itemsOf(column), column.at(3), column.at(-1)]).toEqual([3, 'c', 'a', 'b', undefined, undefined]);
    expect(new PackedList('x', 1, String).at(0)).toBe('x');
    // Past the notes of where items start (every 32nd), and at the last item.
    const many = Array.from({ length: 100 }, (_, i) => (i % 7 === 0 ? '' : `item ${i}`));
    const long = new PackedList(joinList(many), 100, String);
    expect([31, 32, 33, 63, 64, 98, 99, 0].map((i) => long.at(i))).toEqual([31, 32, 33, 63, 64, 98, 99, 0].map((i) => many[i]));
    expect(itemsOf(long)).toEqual(many);
  });
  it('refuses, on the first read, a text that holds another number of items', () => {
    expect(() => new PackedList(text, 5, String).at(0)).toThrow(/expected 5 items, found 4/);
    expect(() => new PackedList(text, 3, String).at(2)).toThrow(/expected 3 items, found more/);
    expect(() => new PackedList('a|b', 1, String).at(0)).toThrow(/expected 1 items, found more/);
  });
});

describe('compiled dictionaries', () => {
  const compiled = compileDictionary(ENTITIES, { version: 'v1' });

  it('pack and unpack to a dictionary that matches the same', () => {
    const text = packCompiled(compiled);
    const back = unpackCompiled(text);
    expect(back.version).toBe('v1');
    // The same rows, packed in order of id (so a row is found by halves, with no map of ids).
    const rows = (t: EntityTable) => t.id.map((id, i) => [id, t.name.at(i), t.kind.at(i), t.country.at(i), t.seatOf.at(i), t.general.at(i)]);
    const byId = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
    expect(rows(back.entities)).toEqual(rows(compiled.entities).sort(byId));
    expect(back.entities.id).toEqual([...compiled.entities.id].sort());
    expect(back.entities.id).not.toEqual(compiled.entities.id);
    expect(createSpotter({ seed: back }).findMentions(TEXT)).toEqual(createSpotter(ENTITIES).findMentions(TEXT));
    expect(createSpotter(ENTITIES).findMentions(TEXT).length).toBeGreaterThan(15);
  });

  it('unpacks a trusted text to the same dictionary, its names and requires lists split out one by one as read', () => {
    const text = packCompiled(compiled);
    const checked = unpackCompiled(text);
    const trusted = unpackCompiled(text, { trusted: true });
    expect(trusted.entities.name).toBeInstanceOf(PackedList);
    expect(trusted.trie.requires).toBeInstanceOf(PackedList);
    expect(Array.isArray(checked.entities.name) && Array.isArray(checked.trie.requires)).toBe(true);
    expect(itemsOf(trusted.entities.name)).toEqual(checked.entities.name);
    expect(itemsOf(trusted.trie.requires)).toEqual(checked.trie.requires);
    expect(checked.trie.requires.length).toBeGreaterThan(0);
    expect(createSpotter({ seed: trusted }).findMentions(TEXT)).toEqual(createSpotter({ seed: checked }).findMentions(TEXT));
    // Its ids are taken as sorted without looking (packing sorts them); a checked text's are not.
    expect(trusted.entities.sorted).toBe(true);
    expect(checked.entities.sorted).toBeUndefined();
    expect(rowsOf(trusted.entities).get(trusted.entities.id[3]!)).toBe(3);
  });

  it('finds the root’s child for each ASCII unit in one pass, as a search per unit does', () => {
    const t = unpackCompiled(packCompiled(compiled)).trie;
    const table = rootAsciiOf(t);
    const bySearch = Array.from({ length: 128 }, (_, c) => childStartingWith(t, 0, c));
    expect([...table]).toEqual(bySearch);
    expect(bySearch.filter((k) => k >= 0).length).toBeGreaterThan(10);
    expect(rootAsciiOf(t)).toBe(table); // made once per trie
  });

  it('refuses a damaged text with a clear error', () => {
    const text = packCompiled(compiled);
    const lines = text.split('\n');
    expect(() => unpackCompiled('')).toThrow(CompiledDictionaryError);
    expect(() => unpackCompiled(lines.slice(0, -1).join('\n'))).toThrow(/lines/);
    expect(() => unpackCompiled(text.replace(/^LDC\d/, 'XXX9'))).toThrow(/format/);
    // A trie array of another length, and one whose offsets run backwards.
    const shorter = [...lines];
    shorter[10] = packInts([1, 2]).text;
    expect(() => unpackCompiled(shorter.join('\n'))).toThrow(CompiledDictionaryError);
    const child = unpackInts(lines[10]!, Number(lines[0]!.split('|')[9]!.split(',')[4]), Number(lines[0]!.split('|')[4]) + 1);
    const backwards = [...child].map((v, i) => (i === 2 ? 0 : v));
    const broken = [...lines];
    broken[10] = packInts(backwards).text;
    // Same width only if it still fits: compare what unpacking says, never crash.
    expect(() => unpackCompiled(broken.join('\n'))).toThrow(CompiledDictionaryError);
    // A kind, a country or a seat that names nothing (rows are decoded when read, so checked here).
    const widths = lines[0]!.split('|')[9]!.split(',').map(Number);
    const n = Number(lines[0]!.split('|')[3]);
    for (const [line, w, bad] of [
      [4, 0, 200],
      [5, 1, 60_000],
      [6, 2, 60_000],
    ] as const) {
      const values = [...unpackInts(lines[line]!, widths[w]!, n)];
      values[0] = bad;
      const damaged = [...lines];
      damaged[line] = packInts(values).text;
      const header = damaged[0]!.split('|');
      const ws = header[9]!.split(',');
      ws[w] = String(packInts(values).width);
      header[9] = ws.join(',');
      damaged[0] = header.join('|');
      expect(() => unpackCompiled(damaged.join('\n'))).toThrow(/has no kind|no entity/);
    }
  });
});

describe('a layered spotter (compiled seed + the reader’s overlay)', () => {
  const seed = compileDictionary(ENTITIES);
  const cases: { name: string; user: MatchEntity[]; hidden: HiddenForm[] }[] = [
    { name: 'new entities', user: USER.slice(0, 2), hidden: [] },
    { name: 'a replaced seed entity', user: USER, hidden: [] },
    { name: 'a hidden seed entity and form', user: USER, hidden: [{ entityId: 'country-japan' }, { entityId: 'country-us', text: 'USA' }] },
    { name: 'a hidden user form', user: USER, hidden: [{ entityId: 'user-borealis', text: 'Borealis' }] },
    { name: 'nothing but hides', user: [], hidden: [{ entityId: 'company-mp-materials' }] },
  ];
  for (const c of cases) {
    it(`matches like one dictionary: ${c.name}`, () => {
      const layered = createSpotter({ seed, user: c.user, hidden: c.hidden });
      // One dictionary of the same entities, hidden forms left out when it is compiled.
      const one = createSpotter({ seed: compileDictionary(layeredEntities(ENTITIES as MatchEntity[], c.user, c.hidden), { hidden: hiddenSet(c.hidden) }) });
      const expected = one.findMentions(TEXT);
      expect(expected.length).toBeGreaterThan(10);
      expect(layered.findMentions(TEXT)).toEqual(expected);
      for (const h of c.hidden) {
        if (h.text) expect(layered.findMentions(TEXT).some((m) => m.entityId === h.entityId && m.text === h.text)).toBe(false);
        else expect(layered.findMentions(TEXT).some((m) => m.entityId === h.entityId)).toBe(false);
      }
    });
  }

  it('finds the reader’s entities and knows them by id', () => {
    const layered = createSpotter({ seed, user: USER });
    const ids = layered.findMentions(TEXT).map((m) => m.entityId);
    expect(ids).toContain('user-borealis');
    expect(ids).toContain('user-kestrel');
    expect(layered.entity('user-kestrel')).toMatchObject({ name: 'Kestrel Minerals', kind: 'company' });
    expect(layered.findMentions(TEXT).find((m) => m.text === 'LYNAS')?.entityId).toBe('company-lynas');
  });

  it('behaves as one dictionary on a larger overlay (1,000 made-up companies)', () => {
    const many: MatchEntity[] = Array.from({ length: 1000 }, (_, i) => entity(`user-${i}`, `Zarvex${i} Minerals`, 'company', [`Zarvex${i}`]));
    const text = `${TEXT}\n${many
      .filter((_, i) => i % 37 === 0)
      .map((e) => `${e.name} and ${e.aliases[0]!.text} said MP Materials`)
      .join('. ')}.`;
    const layered = createSpotter({ seed, user: many });
    const one = createSpotter(layeredEntities(ENTITIES as MatchEntity[], many));
    expect(layered.findMentions(text)).toEqual(one.findMentions(text));
    expect(layered.findMentions(text).filter((m) => m.entityId.startsWith('user-')).length).toBe(2 * Math.ceil(1000 / 37));
  });
});
