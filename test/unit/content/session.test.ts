// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageSession } from '../../../lib/content/session';
import { HOST_TAG } from '../../../lib/content/ui-host';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';
import { createSpotter } from '../../../lib/spotter/matcher';
import { ENTITIES } from '../spotter/entities';
import { services } from './fakes';
import { ERROR_CODES } from '../../../lib/messages/codes';
import { fail, ok } from '../../../lib/result';

const spotter = createSpotter(ENTITIES);
const entities = new Map(ENTITIES.map((e) => [e.id, e]));
function page(html: string) {
  document.documentElement.querySelectorAll(HOST_TAG).forEach((h) => h.remove());
  document.body.innerHTML = html;
}

const sessions: PageSession[] = [];
function start(settings: Partial<Settings> = {}) {
  const s = services();
  const session = new PageSession({
    doc: document,
    parent: new AbortController().signal,
    spotter,
    entities,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    orphaned: () => false,
    services: s.sv,
  });
  sessions.push(session);
  return { session, ...s };
}
afterEach(() => {
  for (const s of sessions.splice(0)) s.stop();
});

describe('page session', () => {
  it('spots the page, draws first mentions, adds its host and reports the counts', async () => {
    page('<p>Lynas Rare Earths and China.</p><p>China again, and Lynas.</p>');
    const t = start();
    await t.session.start();
    await vi.waitFor(() => expect(t.drawn()).toEqual(['China', 'Lynas Rare Earths']));
    expect(document.documentElement.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(t.marks).toEqual(expect.arrayContaining(['scan-start', 'found', 'applied', 'drawn']));
    await vi.waitFor(() => expect(t.sent.filter((m) => m.type === 'page/report')).toHaveLength(1), { timeout: 2000 });
    expect(t.sent.find((m) => m.type === 'page/report')!.payload).toMatchObject({ counts: { 'company-lynas': 2, 'country-china': 2 }, readable: false });
  });

  it('adds no host to a page with nothing to mark', async () => {
    page('<p>Nothing known here at all.</p>');
    const t = start();
    await t.session.start();
    expect(t.drawn()).toEqual([]);
    expect(document.documentElement.querySelectorAll(HOST_TAG)).toHaveLength(0);
  });

  it('follows new settings: every mention, then a kind switched off', async () => {
    page('<p>Lynas and China.</p><p>China again, and Lynas.</p>');
    const t = start();
    await t.session.start();
    t.session.updateSettings({ ...DEFAULT_SETTINGS, highlightMode: 'every' });
    await vi.waitFor(() => expect(t.drawn()).toEqual(['China', 'China', 'Lynas', 'Lynas']));
    t.session.updateSettings({ ...DEFAULT_SETTINGS, highlightMode: 'every', kinds: { ...DEFAULT_SETTINGS.kinds, company: false } });
    await vi.waitFor(() => expect(t.drawn()).toEqual(['China', 'China']));
  });

  it('spots content the page adds later', async () => {
    page('<p>China first.</p>');
    const t = start();
    await t.session.start();
    const p = document.createElement('p');
    p.textContent = 'Then MP Materials.';
    document.body.append(p);
    await vi.waitFor(() => expect(t.drawn()).toEqual(['China', 'MP Materials']), { timeout: 2000 });
  });

  it('steps to a mention with the keyboard command: focus ring and its card, focus inside', async () => {
    page('<p>Lynas and China.</p>');
    const t = start();
    await t.session.start();
    t.session.stepNext();
    expect(t.focus()).toBe('Lynas');
    const shown = t.rendered[t.rendered.length - 1]!;
    expect(shown.card).toMatchObject({ entity: { id: 'company-lynas' }, focusOnOpen: true });
    expect(t.sent.map((m) => m.type)).toContain('entity/card');
    t.session.stepNext();
    expect(t.focus()).toBe('China');
  });

  it('"Not this" asks the background once more when nothing answered, then closes the card', async () => {
    page('<p>Lynas and China.</p>');
    const t = start();
    await t.session.start();
    const real = t.sv.send;
    const asked: unknown[] = [];
    // The first ask finds no background (a service worker stopping as the reader clicks).
    t.sv.send = (async (type: string, payload: unknown) => {
      if (type !== 'card/hide') return real(type as 'entity/card', payload as { entityId: string });
      asked.push(payload);
      return asked.length === 1 ? fail(ERROR_CODES.noReceiver, 'no receiver') : ok(null);
    }) as typeof real;
    t.session.stepNext();
    const shown = () => t.rendered[t.rendered.length - 1]!;
    shown().card!.notThis!.onHide('form', 'site');
    await vi.waitFor(() => expect(shown().card).toBeUndefined(), { timeout: 2000 });
    expect(asked).toEqual([
      { entityId: 'company-lynas', text: 'Lynas', where: 'site' },
      { entityId: 'company-lynas', text: 'Lynas', where: 'site' },
    ]);
  });

  it('"Not this" that the store refuses keeps the card open and says why; nothing is asked twice', async () => {
    page('<p>Lynas and China.</p>');
    const t = start();
    await t.session.start();
    const real = t.sv.send;
    let asked = 0;
    t.sv.send = (async (type: string, payload: unknown) => {
      if (type !== 'card/hide') return real(type as 'entity/card', payload as { entityId: string });
      asked++;
      return fail('quota', 'the disk is full');
    }) as typeof real;
    t.session.stepNext();
    const shown = () => t.rendered[t.rendered.length - 1]!;
    shown().card!.notThis!.onHide('entity', 'everywhere');
    await vi.waitFor(() => expect(shown().card?.notThis?.error).toBe('Not hidden: the disk is full'), { timeout: 2000 });
    expect(shown().card?.entity.id).toBe('company-lynas');
    expect(asked).toBe(1);
  });

  it('asks for card facts again when the knowledge changed', async () => {
    page('<p>Lynas and China.</p>');
    const t = start();
    await t.session.start();
    t.session.stepNext();
    const asked = () => t.sent.filter((m) => m.type === 'entity/card').length;
    await vi.waitFor(() => expect(asked()).toBe(1));
    t.session.knowledgeChanged();
    expect(asked()).toBe(2);
  });

  it('leaves the page as it found it when stopped', async () => {
    page('<p>Lynas and China.</p>');
    const before = document.body.innerHTML;
    const t = start();
    await t.session.start();
    await vi.waitFor(() => expect(t.drawn().length).toBe(2));
    t.session.stop();
    expect(t.destroyed.renderer).toBe(true);
    expect(t.cleared).toHaveLength(1);
    expect(document.documentElement.querySelectorAll(HOST_TAG)).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 50));
    expect(t.drawn()).toEqual([]);
  });
});
