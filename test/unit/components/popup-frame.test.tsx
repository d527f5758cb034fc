// @vitest-environment happy-dom
/**
 * Issue 14: the popup paints a static frame (in index.html) before any script runs, and the app
 * renders over it once loaded. The frame must be exactly the app's first render, and the app must
 * take its elements over (so the swap changes nothing on screen); the timeline's heading must not
 * be drawn until the chips above it have their names (their rows decide where the heading sits; it
 * must never move once drawn).
 */
import fs from 'node:fs';
import path from 'node:path';
import { cleanup, render as renderTl, screen, waitFor } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, type PopupDeps } from '../../../entrypoints/popup/App';
import type { MessageClient } from '../../../lib/messages/client';
import type { TabState } from '../../../lib/messages/protocol';
import { LodestoneDB } from '../../../lib/store/db';
import { installBundle } from '../../../lib/store/install-bundle';
import type * as QueryEntities from '../../../lib/store/query-entities';
import type { EntityRow } from '../../../lib/store/rows';
import { makeBundle } from './fixtures';

// The entity list the popup names its chips from, held back on demand.
const entitiesGate = vi.hoisted(() => ({ hold: null as Promise<void> | null }));
vi.mock('../../../lib/store/query-entities', async (importOriginal) => {
  const real = await importOriginal<typeof QueryEntities>();
  return {
    ...real,
    listEntities: async (db: LodestoneDB): Promise<EntityRow[]> => {
      if (entitiesGate.hold) await entitiesGate.hold;
      return real.listEntities(db);
    },
  };
});

let db: LodestoneDB;
beforeEach(async () => {
  db = new LodestoneDB(`popup-frame-test-${Math.random()}`);
  await installBundle(db, makeBundle());
});
afterEach(async () => {
  cleanup();
  entitiesGate.hold = null;
  db.close();
});

const PAGE: TabState = {
  url: 'https://news.example/mp',
  title: 'MP Materials expands',
  readable: true,
  counts: { 'company-mp-materials': 3, 'country-us': 2 },
  savedSourceId: null,
};

const send = vi.fn(async (type: string) =>
  type === 'tab/state' ? { ok: true, value: PAGE } : { ok: false, error: { code: 'internal', message: 'unexpected' } },
) as unknown as MessageClient['send'];

const INDEX_HTML = path.resolve(import.meta.dirname, '../../../entrypoints/popup/index.html');

/** `#app` of the popup's index.html as the browser parses it, without comments and whitespace-only text. */
function staticFrame(): HTMLElement {
  const doc = new DOMParser().parseFromString(fs.readFileSync(INDEX_HTML, 'utf8'), 'text/html');
  const app = doc.getElementById('app');
  if (!app) throw new Error('index.html has no #app');
  const strip = (n: Node) => {
    for (const c of [...n.childNodes]) {
      // HTML's inter-element whitespace only (not the page title's no-break space).
      if (c.nodeType === 8 || (c.nodeType === 3 && /^[ \t\n\r\f]*$/.test(c.textContent ?? ''))) c.remove();
      else strip(c);
    }
  };
  strip(app);
  return app;
}

/** Deps for an app whose tab never resolves: it stays in its first render. */
const pending = (): PopupDeps => ({ db, send, resolveTab: () => new Promise(() => {}) });

/** The app's first render, before anything it asked for has answered. */
function firstRender(): string {
  const app = document.createElement('div');
  render(<App deps={pending()} />, app);
  const html = app.innerHTML;
  render(null, app);
  return html;
}

describe('the popup frame', () => {
  it('index.html holds the app’s first render exactly', () => {
    const frame = staticFrame();
    expect(frame.querySelector('.popup-header h1')?.textContent).toBe('Lodestone');
    expect(frame.textContent).toContain('Reading the page…');
    expect(frame.innerHTML, 'update the frame in entrypoints/popup/index.html to the app’s first render').toBe(firstRender());
  });

  it('the app takes the static frame’s elements over rather than drawing new ones', () => {
    const root = document.createElement('div');
    root.innerHTML = fs.readFileSync(INDEX_HTML, 'utf8').match(/<div id="app">([\s\S]*)<\/div>\s*<script/)![1]!;
    const brand = root.querySelector('h1.brand');
    const button = root.querySelector('.page-state button');
    expect(brand).not.toBeNull();
    render(<App deps={pending()} />, root);
    expect(root.querySelector('h1.brand')).toBe(brand);
    expect(root.querySelector('.page-state button')).toBe(button);
    expect(root.innerHTML).toBe(firstRender());
    render(null, root);
  });

  it('draws no timeline heading until the chips have their names, then draws it with them', async () => {
    let release!: () => void;
    entitiesGate.hold = new Promise((ok) => (release = ok));
    renderTl(<App deps={{ db, send, resolveTab: async () => ({ id: 7, url: PAGE.url, title: PAGE.title }) }} />);
    await waitFor(() => expect(screen.getByText('2 entities mentioned')).toBeTruthy());
    // The page state is known but the names are not: the body is the skeleton.
    await new Promise((ok) => setTimeout(ok, 50));
    expect(document.querySelector('.heading-skeleton')).not.toBeNull();
    expect(screen.queryByRole('heading', { name: 'Timeline' })).toBeNull();
    expect(screen.queryByRole('button', { name: /MP Materials/ })).toBeNull();
    release();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Timeline' })).toBeTruthy());
    expect(screen.getByRole('button', { name: 'MP Materials, company, 3 mentions' })).toBeTruthy();
    expect(document.querySelector('.heading-skeleton')).toBeNull();
  });
});
