// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/catalog/schema';
import { PageModel, type BlockEntry } from '../../../lib/page/page-model';
import { resolveMentions } from '../../../lib/page/resolve-mentions';

type Match = { entityId: string; text: string; start: number; end: number; requires?: string[] };

// A stand-in spotter: finds fixed words; `Vulcan` needs `vulcan-elements` named elsewhere.
const WORDS: Record<string, string> = { China: 'country-china', Lynas: 'company-lynas', Vulcan: 'company-vulcan', 'Vulcan Elements': 'company-vulcan' };
const fake = {
  scan(text: string): Match[] {
    const out: Match[] = [];
    const re = /Vulcan Elements|China|Lynas|Vulcan/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const match: Match = { entityId: WORDS[m[0]]!, text: m[0], start: m.index, end: m.index + m[0].length };
      if (m[0] === 'Vulcan') match.requires = ['company-vulcan'];
      out.push(match);
    }
    return out;
  },
  // The real rule (lib/spotter/matcher.ts): a `requires` match survives when a required id is
  // present through a match without `requires`. Here `Vulcan` requires `company-vulcan`.
  resolveContext(matches: Match[]) {
    const present = new Set(matches.filter((m) => !m.requires).map((m) => m.entityId));
    return matches.filter((m) => !m.requires || m.requires.some((r) => present.has(r))).map(({ requires: _r, ...m }) => m);
  },
  findMentions: () => [],
};
const entity = (id: string, kind: Entity['kind']): Entity => ({ id, name: id, kind, aliases: [], description: 'd' });
const entities = new Map([entity('country-china', 'country'), entity('company-lynas', 'company'), entity('company-vulcan', 'company')].map((e) => [e.id, e]));

function block(el: Element) {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += n.data;
  }
  return { element: el, text, nodes, starts };
}
const entryOf = (el: Element): BlockEntry => {
  const b = block(el);
  return { block: b, matches: fake.scan(b.text), mentions: [], lengths: b.nodes.map((n) => n.data.length) };
};
function page(html: string[]) {
  document.body.replaceChildren();
  return html.map((t) => {
    const p = document.createElement('p');
    p.textContent = t;
    document.body.append(p);
    return p;
  });
}

describe('resolveMentions', () => {
  it('applies document-level rules across blocks and maps offsets back to each block', async () => {
    const [a, b] = page(['Vulcan said China', 'Later, Vulcan Elements and Lynas']);
    const entries = [entryOf(a!), entryOf(b!)];
    const ordered = (await resolveMentions(fake, entries, entities))!;
    expect(ordered.map((m) => `${m.text}@${m.start}`)).toEqual(['Vulcan@0', 'China@12', 'Vulcan Elements@7', 'Lynas@27']);
    expect(ordered[2]!.entry).toBe(entries[1]);
    expect(entries[1]!.block.text.slice(ordered[3]!.start, ordered[3]!.end)).toBe('Lynas');
  });

  it('drops an ambiguous alias when its anchor is absent, and keeps mention identity across runs', async () => {
    const [a] = page(['Vulcan said China']);
    const entries = [entryOf(a!)];
    const first = (await resolveMentions(fake, entries, entities))!;
    expect(first.map((m) => m.text)).toEqual(['China']);
    const again = (await resolveMentions(fake, entries, entities))!;
    expect(again[0]).toBe(first[0]);
  });
});

describe('PageModel', () => {
  it('first mode shows the first mention per entity in reading order; kinds filter', async () => {
    const ps = page(['China and Lynas', 'China again, Lynas again', 'Lynas']);
    const model = new PageModel(fake as never, entities);
    await model.setEntries(ps.map(entryOf));
    expect(model.applyDisplay('first', () => true).map((m) => `${m.text}:${ps.indexOf(m.entry.block.element as HTMLParagraphElement)}`)).toEqual(['China:0', 'Lynas:0']);
    expect(model.applyDisplay('every', () => true)).toHaveLength(5);
    expect(model.applyDisplay('every', (k) => k !== 'company').map((m) => m.text)).toEqual(['China', 'China']);
    expect(model.textLength).toBe('China and Lynas'.length + 'China again, Lynas again'.length + 5);
  });

  it('inserts re-collected groups in reading order and replaces what they cover', async () => {
    const ps = page(['China one', 'Lynas three']);
    const model = new PageModel(fake as never, entities);
    await model.setEntries(ps.map(entryOf));
    // New content lands between the two paragraphs; the first paragraph's text changes.
    const mid = document.createElement('p');
    mid.textContent = 'Lynas two';
    ps[0]!.after(mid);
    ps[0]!.firstChild!.replaceWith(document.createTextNode('Lynas one'));
    const fresh = [entryOf(ps[0]!)];
    const removed = new Set<BlockEntry>();
    model.replacedBy([ps[0]!], [fresh], removed);
    expect([...removed]).toEqual([model.entries[0]]);
    await model.update(removed, [fresh, [entryOf(mid)]]);
    expect(model.entries.map((e) => e.block.text)).toEqual(['Lynas one', 'Lynas two', 'Lynas three']);
    expect(model.applyDisplay('first', () => true).map((m) => m.entry.block.text)).toEqual(['Lynas one']);
    // Removed content takes its mentions with it.
    mid.remove();
    const gone = new Set<BlockEntry>();
    model.disconnected(gone);
    await model.update(gone, []);
    expect(model.ordered.map((m) => m.entry.block.text)).toEqual(['Lynas one', 'Lynas three']);
    expect(model.isBlockElement(mid)).toBe(false);
  });
});
