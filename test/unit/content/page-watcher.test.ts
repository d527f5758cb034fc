// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { FULL_RESCAN_RECORDS, watchPage, type WatchBatch } from '../../../lib/content/page-watcher';
import { Scope } from '../../../lib/content/scope';

/** A page of known blocks, and a watcher that logs its batches. */
function setup(opts: { orphaned?: () => boolean } = {}) {
  document.head.replaceChildren();
  document.body.innerHTML = '<p id="a">China one</p><p id="b">Lynas two</p>';
  const blocks = new Set<Element>([document.getElementById('a')!, document.getElementById('b')!]);
  const host = document.createElement('lodestone-host');
  const scope = new Scope();
  const batches: WatchBatch[] = [];
  const rewritten: Text[] = [];
  const watcher = watchPage({
    doc: document,
    scope,
    orphaned: opts.orphaned ?? (() => false),
    host: () => host,
    isBlock: (el) => blocks.has(el),
    onBatch: async (b) => void batches.push(b),
    onTextChanged: (node) => void rewritten.push(node),
  });
  return { scope, batches, watcher, host, blocks, rewritten };
}
const settle = () => new Promise((r) => setTimeout(r, 30));
let scopes: Scope[] = [];
afterEach(() => {
  for (const s of scopes) s.dispose();
  scopes = [];
});

describe('page watcher', () => {
  it('batches added content into the roots to collect again', async () => {
    const t = setup();
    scopes.push(t.scope);
    const p = document.createElement('p');
    p.textContent = 'MP Materials three';
    document.body.append(p);
    await settle();
    expect(t.batches).toEqual([{ full: false, roots: [p], removed: false, hostRemoved: false }]);
    expect(t.watcher.changes()).toBe(1);
  });

  it('collects a known block again when its text changes, once however many edits', async () => {
    const t = setup();
    scopes.push(t.scope);
    const a = document.getElementById('a')!;
    (a.firstChild as Text).data = 'China one, edited';
    a.append(' and more');
    await settle();
    expect(t.batches).toHaveLength(1);
    expect(t.batches[0]!.roots).toEqual([a]);
  });

  it('names each text node rewritten in place as soon as the observer sees it, before the batch', async () => {
    const t = setup();
    scopes.push(t.scope);
    const node = document.getElementById('b')!.firstChild as Text;
    node.data = 'Iluka two';
    document.getElementById('a')!.append(' added');
    await Promise.resolve();
    expect(t.rewritten).toEqual([node]);
    expect(t.batches).toEqual([]);
    await settle();
    expect(t.batches).toHaveLength(1);
  });

  it('says when content was removed, and ignores the head', async () => {
    const t = setup();
    scopes.push(t.scope);
    document.head.append(document.createElement('title'));
    await settle();
    expect(t.batches).toEqual([]);
    document.getElementById('b')!.remove();
    await settle();
    expect(t.batches).toEqual([{ full: false, roots: [], removed: true, hostRemoved: false }]);
  });

  it('tells the session when the page took its host out, and is not fooled by its insertion', async () => {
    const t = setup();
    scopes.push(t.scope);
    document.documentElement.append(t.host);
    await settle();
    expect(t.batches).toEqual([]);
    t.host.remove();
    await settle();
    expect(t.batches).toEqual([{ full: false, roots: [], removed: false, hostRemoved: true }]);
  });

  it(`turns more than ${FULL_RESCAN_RECORDS} records into one full rescan`, async () => {
    const t = setup();
    scopes.push(t.scope);
    const a = document.getElementById('a')!;
    for (let i = 0; i <= FULL_RESCAN_RECORDS; i++) a.append(document.createElement('span'));
    await settle();
    expect(t.batches).toEqual([{ full: true, roots: [], removed: true, hostRemoved: false }]);
  });

  it('stops with its scope, and does nothing once the extension is gone', async () => {
    let gone = false;
    const t = setup({ orphaned: () => gone });
    t.scope.dispose();
    document.body.append(document.createElement('p'));
    await settle();
    expect(t.batches).toEqual([]);
    const u = setup({ orphaned: () => gone });
    scopes.push(u.scope);
    gone = true;
    document.body.append(document.createElement('p'));
    await settle();
    expect(u.batches).toEqual([]);
  });
});
