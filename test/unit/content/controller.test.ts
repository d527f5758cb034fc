// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentController } from '../../../lib/content/controller';
import { Scope } from '../../../lib/content/scope';
import { HOST_TAG } from '../../../lib/content/ui-host';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';
import { compileDictionary } from '../../../lib/spotter/compiled-dictionary';
import { entity, ENTITIES } from '../spotter/entities';
import { services } from './fakes';
import { EMPTY_OVERLAY, type UserOverlay } from '../../../lib/catalog/user-dictionary';
import { toMatchEntity } from '../../../lib/catalog/match-dictionary';

/** A controller over the fake services and a settings store the test changes. */
function setup(html: string, opts: { orphaned?: () => boolean; highlights?: boolean; overlay?: UserOverlay } = {}) {
  document.documentElement.querySelectorAll(HOST_TAG).forEach((h) => h.remove());
  document.body.innerHTML = html;
  const s = services();
  let current: Settings = DEFAULT_SETTINGS;
  let listener: ((s: Settings) => void) | undefined;
  let overlayListener: ((o: UserOverlay) => void) | undefined;
  const root = new Scope();
  const controller = new ContentController(
    root,
    document,
    { seed: () => compileDictionary(ENTITIES) },
    {
      ...s.sv,
      settings: {
        load: async () => current,
        watch: (cb) => ((listener = cb), () => (listener = undefined)),
      },
      userDictionary: {
        load: async () => opts.overlay ?? EMPTY_OVERLAY,
        watch: (cb) => ((overlayListener = cb), () => (overlayListener = undefined)),
      },
      isOrphaned: opts.orphaned ?? (() => false),
      supportsHighlights: () => opts.highlights ?? true,
    },
  );
  const change = (next: Partial<Settings>) => {
    current = { ...current, ...next };
    listener?.(current);
  };
  return { controller, root, change, setOverlay: (o: UserOverlay) => overlayListener?.(structuredClone(o)), listening: () => listener !== undefined, ...s };
}
const reports = (sent: { type: string; payload: unknown }[]) =>
  sent.filter((m) => m.type === 'page/report').map((m) => m.payload as { counts: Record<string, number>; readable: boolean });

const roots: Scope[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) r.dispose();
});

describe('content controller', () => {
  it('starts a session when settings allow and follows pause and resume without a reload', async () => {
    const t = setup('<p>Lynas and China sell rare earths.</p>');
    roots.push(t.root);
    await t.controller.init();
    expect(t.listening()).toBe(true);
    await vi.waitFor(() => expect(t.drawn()).toEqual(['China', 'Lynas']));
    t.change({ paused: true });
    expect(t.destroyed.renderer).toBe(true);
    expect(t.drawn()).toEqual([]);
    expect(reports(t.sent).at(-1)).toEqual(expect.objectContaining({ counts: {} }));
    t.change({ paused: false });
    await vi.waitFor(() => expect(t.drawn()).toEqual(['China', 'Lynas']));
  });

  it('does nothing but report where the browser cannot draw highlights', async () => {
    const t = setup('<p>Lynas and China sell rare earths.</p>', { highlights: false });
    roots.push(t.root);
    await t.controller.init();
    expect(t.marks).not.toContain('dictionary-start');
    expect(reports(t.sent)).toEqual([expect.objectContaining({ counts: {}, readable: false })]);
  });

  it('waits for text on an empty page, then starts', async () => {
    const t = setup('<div id="app"></div>');
    roots.push(t.root);
    await t.controller.init();
    expect(t.marks).not.toContain('dictionary-start');
    expect(reports(t.sent)).toEqual([expect.objectContaining({ counts: {}, readable: false })]);
    document.getElementById('app')!.textContent = 'MP Materials arrives with rare earths.';
    await vi.waitFor(() => expect(t.drawn()).toEqual(['MP Materials']), { timeout: 2000 });
    expect(t.marks).toContain('dictionary-ready');
  });

  it('stops everything once the extension is gone', async () => {
    let gone = false;
    const t = setup('<p>Lynas sells rare earths.</p>', { orphaned: () => gone });
    await t.controller.init();
    await vi.waitFor(() => expect(t.drawn()).toEqual(['Lynas']));
    gone = true;
    t.change({ highlightMode: 'every' });
    expect(t.root.active).toBe(false);
    expect(t.drawn()).toEqual([]);
  });
});

describe('the user’s dictionary on an open page (issue 13)', () => {
  const borealis: UserOverlay = { entities: [toMatchEntity(entity('user-company-borealis', 'Borealis Magnetics', 'company'))], hidden: [] };

  it('an added entity is drawn and a hidden one goes, without a reload; the same overlay again changes nothing', async () => {
    const t = setup('<p>Borealis Magnetics buys rare earths from Lynas and China.</p>');
    roots.push(t.root);
    await t.controller.init();
    await vi.waitFor(() => expect(t.drawn()).toEqual(['China', 'Lynas']));
    t.setOverlay(borealis);
    await vi.waitFor(() => expect(t.drawn()).toEqual(['Borealis Magnetics', 'China', 'Lynas']));
    const starts = t.marks.filter((m) => m === 'dictionary-start').length;
    // The background's start-up rewrite of the same overlay (Firefox reports it as a change).
    t.setOverlay(borealis);
    await new Promise((r) => setTimeout(r, 50));
    expect(t.marks.filter((m) => m === 'dictionary-start').length, 'no new dictionary for the same overlay').toBe(starts);
    t.setOverlay({ ...borealis, hidden: [{ entityId: 'company-lynas', text: '', site: '' }] });
    await vi.waitFor(() => expect(t.drawn()).toEqual(['Borealis Magnetics', 'China']));
  });

  it('starts with the stored overlay', async () => {
    const t = setup('<p>Borealis Magnetics buys rare earths from Lynas.</p>', { overlay: borealis });
    roots.push(t.root);
    await t.controller.init();
    await vi.waitFor(() => expect(t.drawn()).toEqual(['Borealis Magnetics', 'Lynas']));
  });
});
