// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { drainSliced } from '../../../lib/page/slices';
import { collectTextBlocks, walkTextBlocks } from '../../../lib/dom/text-map';

function bigPage(paragraphs: number): HTMLElement {
  const doc = new DOMParser().parseFromString('<!doctype html><html><body></body></html>', 'text/html');
  for (let i = 0; i < paragraphs; i++) {
    const p = doc.createElement('p');
    p.append(`Paragraph ${i}: MP `);
    const em = doc.createElement('em');
    em.textContent = 'Materials';
    p.append(em, ` and Lynas ${i}.`);
    doc.body.append(p);
  }
  return doc.body;
}

const shape = (blocks: { text: string; nodes: Text[] }[]) => blocks.map((b) => [b.text, b.nodes.length]);

describe('walkTextBlocks (the sliced walk)', () => {
  it('pauses at checkpoints on a big page and ends with exactly the blocks of the one-go walk', async () => {
    const body = bigPage(600);
    const walk = walkTextBlocks(body);
    let pauses = 0;
    let step = walk.next();
    for (; !step.done; step = walk.next()) pauses++;
    expect(pauses, 'the walk paused').toBeGreaterThan(5);
    expect(step.value.complete).toBe(true);
    expect(shape(step.value.blocks)).toEqual(shape(collectTextBlocks(body)));
    // Driven with a zero-length slice, it yields to the page at every checkpoint and still agrees.
    const sliced = await drainSliced(walkTextBlocks(body), () => true, 0);
    expect(sliced?.complete).toBe(true);
    expect(shape(sliced!.blocks)).toEqual(shape(step.value.blocks));
  });

  it('says it lost its place when the page removes the part it stands on while paused', () => {
    const body = bigPage(600);
    const walk = walkTextBlocks(body);
    walk.next(); // paused somewhere in the first paragraphs
    walk.next();
    // The page replaces its whole content (a framework re-render) while the walk is paused.
    const old = [...body.childNodes];
    for (const n of old) n.remove();
    body.append(bigPage(3).firstChild!);
    let step = walk.next();
    while (!step.done) step = walk.next();
    expect(step.value.complete).toBe(false);
  });

  it('stops when its scope ends during a pause', async () => {
    let alive = true;
    const body = bigPage(600);
    const result = drainSliced(walkTextBlocks(body), () => alive, 0);
    alive = false;
    expect(await result).toBeNull();
  });
});
