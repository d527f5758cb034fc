// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { affectedRoots, type RecordLike } from '../../../lib/content/affected-roots';
import { Breaker, FIRST_BACKOFF_MS, MAX_BACKOFF_MS, MAX_ROUNDS } from '../../../lib/content/breaker';

function setup() {
  document.body.replaceChildren();
  const article = document.createElement('article');
  article.id = 'a';
  const p1 = document.createElement('p');
  p1.append('MP ', Object.assign(document.createElement('em'), { textContent: 'Materials' }), ' said');
  const p2 = document.createElement('p');
  p2.textContent = 'Lynas too';
  article.append(p1, p2);
  document.body.append(article);
  return { article, p1, p2, em: p1.querySelector('em')! };
}
const rec = (type: string, target: Node, added: Node[] = [], removed: Node[] = []): RecordLike => ({ type, target, addedNodes: added, removedNodes: removed });

describe('affectedRoots', () => {
  it('climbs a change inside a block to the known block', () => {
    const { p1, p2, em } = setup();
    const known = new Set<Element>([p1, p2]);
    const r = affectedRoots(
      [rec('characterData', em.firstChild!), rec('childList', em, [document.createTextNode('x')])],
      (el) => known.has(el),
      document.body,
      undefined,
    );
    expect(r.roots).toEqual([p1]);
    expect(r.removed).toBe(false);
  });

  it('takes new content outside known blocks as its own root, and drops nested roots', () => {
    const { article, p1, p2 } = setup();
    const known = new Set<Element>([p1, p2]);
    const added = document.createElement('section');
    const inner = document.createElement('p');
    added.append(inner);
    article.append(added);
    const r = affectedRoots([rec('childList', article, [added]), rec('childList', added, [inner])], (el) => known.has(el), document.body, undefined);
    expect(r.roots).toEqual([added]);
  });

  it('notes removals, ignores our host and content outside the body or gone again', () => {
    const { article, p1, p2 } = setup();
    const host = document.createElement('lodestone-host');
    document.documentElement.append(host);
    const known = new Set<Element>([p1, p2]);
    const gone = document.createElement('div');
    const headStyle = document.createElement('style');
    document.head.append(headStyle);
    const r = affectedRoots(
      [rec('childList', document.documentElement, [host]), rec('childList', article, [gone], [p2]), rec('childList', document.head, [headStyle])],
      (el) => known.has(el),
      document.body,
      host,
    );
    expect(r.roots).toEqual([]);
    expect(r.removed).toBe(true);
    expect(r.hostRemoved).toBe(false);
    const r2 = affectedRoots([rec('childList', document.documentElement, [], [host])], () => false, document.body, host);
    expect(r2).toEqual({ roots: [], removed: false, hostRemoved: true });
    host.remove();
  });
});

describe('Breaker', () => {
  it('trips past 100 rounds in 2 s, not at 100, and backs off longer each time', () => {
    const b = new Breaker();
    let tripped = false;
    for (let i = 0; i < MAX_ROUNDS; i++) tripped ||= b.round(i * 10);
    expect(tripped).toBe(false);
    expect(b.round(MAX_ROUNDS * 10)).toBe(true);
    expect(b.backoffMs).toBe(FIRST_BACKOFF_MS);
    for (let i = 0; i <= MAX_ROUNDS; i++) b.round(5000 + i);
    expect(b.tripCount).toBe(2);
    expect(b.backoffMs).toBe(FIRST_BACKOFF_MS * 2);
    for (let t = 0; t < 10; t++) for (let i = 0; i <= MAX_ROUNDS; i++) b.round(10_000 + t * 1000 + i);
    expect(b.backoffMs).toBe(MAX_BACKOFF_MS);
  });

  it('a steady page (a render every 100 ms) never trips it', () => {
    const b = new Breaker();
    let tripped = false;
    for (let t = 0; t < 60_000; t += 100) tripped ||= b.round(t);
    expect(tripped).toBe(false);
  });
});
