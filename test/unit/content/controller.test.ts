// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentController } from '../../../lib/content/controller';
import { Scope } from '../../../lib/content/scope';
import { HOST_TAG } from '../../../lib/content/ui-host';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';
import { compileDictionary } from '../../../lib/spotter/compiled-dictionary';
import { ENTITIES } from '../spotter/entities';
import { services } from './fakes';

/** A controller over the fake services and a settings store the test changes. */
function setup(html: string, opts: { orphaned?: () => boolean; highlights?: boolean } = {}) {
  document.documentElement.querySelectorAll(HOST_TAG).forEach((h) => h.remove());
  document.body.innerHTML = html;
  const s = services();
  let current: Settings = DEFAULT_SETTINGS;
  let listener: ((s: Settings) => void) | undefined;
  const root = new Scope();
  const controller = new ContentController(root, document, { seed: () => compileDictionary(ENTITIES) }, {
    ...s.sv,
    settings: {
      load: async () => current,
      watch: (cb) => ((listener = cb), () => (listener = undefined)),
    },
    isOrphaned: opts.orphaned ?? (() => false),
    supportsHighlights: () => opts.highlights ?? true,
  });
  const change = (next: Partial<Settings>) => {
    current = { ...current, ...next };
    listener?.(current);
  };
  return { controller, root, change, listening: () => listener !== undefined, ...s };
}
const reports = (sent: { type: string; payload: unknown }[]) =>
  sent.filter((m) => m.type === 'page/report').map((m) => m.payload as { counts: Record<string, number>; readable: boolean });

const roots: Scope[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) r.dispose();
});

describe('content controller', () => {
  it('starts a session when settings allow and follows pause and resume without a reload', async () => {
    const t = setup('<p>Lynas and China.</p>');
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
    const t = setup('<p>Lynas and China.</p>', { highlights: false });
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
    document.getElementById('app')!.textContent = 'MP Materials arrives.';
    await vi.waitFor(() => expect(t.drawn()).toEqual(['MP Materials']), { timeout: 2000 });
    expect(t.marks).toContain('dictionary-ready');
  });

  it('stops everything once the extension is gone', async () => {
    let gone = false;
    const t = setup('<p>Lynas.</p>', { orphaned: () => gone });
    await t.controller.init();
    await vi.waitFor(() => expect(t.drawn()).toEqual(['Lynas']));
    gone = true;
    t.change({ highlightMode: 'every' });
    expect(t.root.active).toBe(false);
    expect(t.drawn()).toEqual([]);
  });
});
