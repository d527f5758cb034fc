// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageSession } from '../../../lib/content/session';
import { HOST_TAG } from '../../../lib/content/ui-host';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { createSpotter } from '../../../lib/spotter/matcher';
import { ENTITIES } from '../spotter/entities';
import { services, textOf } from './fakes';

const spotter = createSpotter(ENTITIES);
const entities = new Map(ENTITIES.map((e) => [e.id, e]));

// A long page: names at the top, a conditional name (`Vulcan`) whose context (`Vulcan Elements`)
// only comes near the end, filler in between.
const PARAGRAPHS = 1200;
function longPage(): void {
  document.documentElement.querySelectorAll(HOST_TAG).forEach((h) => h.remove());
  const parts: string[] = [];
  for (let i = 0; i < PARAGRAPHS; i++) {
    const text =
      i < 10
        ? `Lynas Rare Earths ships neodymium to Japan (${i}). Vulcan is said to be interested.`
        : i === 1150
          ? 'Vulcan Elements opened a magnet plant.'
          : `Paragraph ${i} is about rare earth magnet prices in China.`;
    parts.push(`<p data-i="${i}">${text}</p>`);
  }
  document.body.innerHTML = parts.join('');
}

const sessions: PageSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.stop();
  vi.restoreAllMocks();
});

/** Runs a session on the long page; `preview` says whether blocks past the 10th count as past the near window. */
async function run(preview: boolean) {
  longPage();
  // A clock that moves 1 ms per reading: the walk pauses every few thousand nodes, deterministically.
  let t = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (t += 1));
  const s = services();
  const drawnAt: Record<string, AbstractRange[]> = {};
  const ranges = new Set<AbstractRange>();
  const sv = {
    ...s.sv,
    createRenderer: (doc: Document, theme: 'light' | 'dark') => {
      const r = s.sv.createRenderer!(doc, theme);
      return {
        ...r,
        add: (k: never, range: AbstractRange) => (ranges.add(range), r.add(k, range)),
        remove: (k: never, range: AbstractRange) => (ranges.delete(range), r.remove(k, range)),
      };
    },
    mark: (name: string) => {
      drawnAt[name] = [...ranges];
      s.sv.mark!(name);
    },
    pastNearWindow: (el: Element) => preview && Number(el.getAttribute('data-i')) >= 10,
  };
  const session = new PageSession({
    doc: document,
    parent: new AbortController().signal,
    spotter,
    entities,
    settings: { ...DEFAULT_SETTINGS, highlightMode: 'every' },
    orphaned: () => false,
    services: sv,
  });
  sessions.push(session);
  await session.start();
  await vi.waitFor(() => expect(s.marks).toContain('applied'), { timeout: 10_000 });
  // Let the last window callbacks (microtasks) draw.
  await new Promise((r) => setTimeout(r, 0));
  const final = [...ranges];
  // Stopped before the next run rewrites the page (it would re-spot it).
  session.stop();
  return { marks: s.marks, drawnAt, final };
}

const describeRange = (r: AbstractRange) => `${(r.startContainer.parentElement as Element).getAttribute('data-i')}:${r.startOffset}:${textOf(r)}`;

describe('the near window is drawn before the whole page is read (issue 14)', () => {
  it('draws the first blocks early, keeps them drawn, and ends with exactly what the whole page gives', async () => {
    const early = await run(true);
    expect(early.marks.indexOf('preview')).toBeGreaterThan(-1);
    expect(early.marks.indexOf('preview')).toBeLessThan(early.marks.indexOf('found'));
    const atPreview = early.drawnAt.preview!.map(describeRange);
    // The top's names are drawn; the conditional `Vulcan` waits for its context further down.
    expect(atPreview).toContain('0:0:Lynas Rare Earths');
    expect(atPreview.filter((d) => d.endsWith(':Vulcan'))).toEqual([]);
    // The preview covered part of the page only.
    expect(atPreview.some((d) => d.startsWith('1199:'))).toBe(false);

    const plain = await run(false);
    expect(plain.marks).not.toContain('preview');
    const final = early.final.map(describeRange).sort();
    expect(final).toEqual(plain.final.map(describeRange).sort());
    expect(final).toContain('0:48:Vulcan');
    expect(final).toContain('1199:52:China');
    // Nothing drawn early was taken down and drawn again: the very same ranges are still there.
    const finalSet = new Set(early.final);
    expect(early.drawnAt.preview!.every((r) => finalSet.has(r))).toBe(true);
  }, 30_000);
});
