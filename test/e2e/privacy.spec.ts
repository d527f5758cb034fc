/**
 * The page cannot see the user's data (issue 8, item 2). The card shows facts from the user's own
 * saved articles, so a page script must not be able to read it, squat its tag, or make the extension
 * write or show anything; no extension storage may appear in the page's origin; and the page must
 * not be able to tell that Lodestone is installed from the messages it can listen to.
 */
import { expect, fixtureUrl, loadExpectations, mentionMatches, snapshotExtensionData, test, waitFor } from './hostile-helpers';
import { MESSAGES } from '../../lib/messages/protocol';

const FIXTURES = loadExpectations();
const spec = (file: string) => FIXTURES.find((f) => f.file === file)!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A distinctive run of the card's text (the longest word run), for page-side searches. */
function snippetOf(cardText: string): string {
  const runs = cardText
    .split(/\n|(?<=[.;:])\s/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 12);
  runs.sort((a, b) => b.length - a.length);
  return (runs[0] ?? cardText).slice(0, 40);
}

test.describe('privacy: the page cannot see the user’s data', () => {
  test('a page script cannot read the open card', async ({ page, origin, watch, errors }) => {
    await page.goto(fixtureUrl(origin, 'article-basic.html'));
    await watch.settle(spec('article-basic.html'));
    const cardText = await watch.openCard('MP Materials');
    expect(cardText, 'the card opens on hover (positive control)').not.toBe('');
    const snippet = snippetOf(cardText);
    const box = (await watch.readCard()).box;
    const seen = await page.evaluate(
      ({ s, box: b }) => {
        const host = document.querySelector('lodestone-host') as HTMLElement | null;
        let attachThrows = false;
        try {
          host?.attachShadow({ mode: 'open' });
        } catch {
          attachThrows = true;
        }
        const sel = getSelection()!;
        sel.selectAllChildren(document.documentElement);
        const selected = sel.toString();
        sel.removeAllRanges();
        // What a page hit-test at the card's centre can reach: the host at most, never the card's inside.
        const atCard = b ? document.elementsFromPoint(b.x + b.w / 2, b.y + b.h / 2).map((e) => e.nodeName) : [];
        return {
          host: !!host,
          shadowRoot: host ? host.shadowRoot === null : true,
          attachThrows: host ? attachThrows : true,
          lightChildren: host?.childNodes.length ?? 0,
          inText: (document.documentElement.textContent ?? '').includes(s),
          inInnerText: document.documentElement.innerText.includes(s),
          inSelection: selected.includes(s),
          atCard,
          chromeDom: typeof (globalThis as { chrome?: { dom?: unknown } }).chrome?.dom,
        };
      },
      { s: snippet, box },
    );
    expect(seen.host, 'the card lives in a <lodestone-host>').toBe(true);
    expect(seen.shadowRoot, 'host.shadowRoot is null to the page (closed root)').toBe(true);
    expect(seen.attachThrows, 'the page cannot attach its own root to the host').toBe(true);
    expect(seen.lightChildren, 'nothing in the host’s light DOM').toBe(0);
    expect(seen.inText, `card text (“${snippet}”) in document textContent`).toBe(false);
    expect(seen.inInnerText, 'card text in innerText').toBe(false);
    expect(seen.inSelection, 'card text in a select-all selection').toBe(false);
    expect(box, 'the card has a box on screen').not.toBeNull();
    expect(seen.atCard[0], 'a page hit-test over the card stops at the host').toBe('LODESTONE-HOST');
    expect(seen.chromeDom, 'chrome.dom (openOrClosedShadowRoot) is not exposed to pages').toBe('undefined');
    expect(errors.pageErrors).toEqual([]);
  });

  test('window.find cannot probe the card’s text', async ({ page, origin, watch }) => {
    // window.find searches rendered text; a closed shadow root hides nodes, not necessarily text.
    await page.goto(fixtureUrl(origin, 'article-basic.html'));
    await watch.settle(spec('article-basic.html'));
    const cardText = await watch.openCard('MP Materials');
    expect(cardText, 'the card opens on hover (positive control)').not.toBe('');
    const snippet = snippetOf(cardText);
    const found = await page.evaluate((s: string) => {
      const w = window as unknown as { find(text: string, caseSensitive?: boolean, backwards?: boolean, wrap?: boolean): boolean };
      const control = w.find('neodymium magnets', false, false, true);
      getSelection()?.removeAllRanges();
      const probe = w.find(s, false, false, true);
      return { control, probe };
    }, snippet);
    expect(found.control, 'window.find works on page text (control)').toBe(true);
    expect(found.probe, `window.find(“${snippet}”) finds the card's text`).toBe(false);
  });

  test('a page that defines <lodestone-host> itself cannot capture the card', async ({ page, origin, watch, errors }) => {
    await page.goto(fixtureUrl(origin, 'custom-element-squatter.html'));
    await watch.settle(spec('custom-element-squatter.html'));
    await watch.openCard('MP Materials');
    const squatted = await page.evaluate(() => {
      const list = (window as unknown as { __squatted: (HTMLElement & { __root?: ShadowRoot })[] }).__squatted;
      return list.map((el) => ({ text: el.__root?.textContent ?? '', nodes: el.__root?.childNodes.length ?? 0, light: el.childNodes.length }));
    });
    expect(
      squatted.filter((s) => s.text !== '' || s.nodes > 0 || s.light > 0),
      'card content inside page-owned roots',
    ).toEqual([]);
    expect(errors.pageErrors).toEqual([]);
    expect(errors.extensionErrors).toEqual([]);
  });

  test('a page’s fake host is never adopted', async ({ page, origin, watch }) => {
    await page.goto(fixtureUrl(origin, 'fake-host.html'));
    await watch.settle(spec('fake-host.html'));
    await watch.openCard('MP Materials');
    const fake = await page.evaluate(() => {
      const el = document.getElementById('fake')!;
      let canAttach = true;
      try {
        el.attachShadow({ mode: 'open' });
      } catch {
        canAttach = false;
      }
      return { canAttach, text: el.textContent };
    });
    expect(fake.canAttach, 'the extension attached no shadow root to the page’s element').toBe(true);
    expect(fake.text).toBe('Fake host text: Lynas.');
  });

  test('no extension storage appears in the page’s origin', async ({ page, origin, watch }) => {
    await page.goto(fixtureUrl(origin, 'article-basic.html'));
    await watch.settle(spec('article-basic.html'));
    await watch.openCard('MP Materials');
    await watch.openCard('Lynas');
    await sleep(500);
    const stored = await page.evaluate(async () => ({
      idb: (await indexedDB.databases()).map((d) => d.name),
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      caches: await caches.keys().catch(() => [] as string[]),
    }));
    expect(stored).toEqual({ idb: [], local: 0, session: 0, cookie: '', caches: [] });
  });

  test('window.postMessage and synthetic events cause no writes and no UI change', async ({ page, origin, watch, ext, errors }) => {
    await page.goto(fixtureUrl(origin, 'article-basic.html'));
    const before = await watch.settle(spec('article-basic.html'));
    await page.mouse.move(1, 1);
    const data0 = await snapshotExtensionData(ext.worker);
    const report0 = await watch.report();
    const target = before.list.find((m) => mentionMatches(m.text, 'MP Materials'));
    expect(target, 'a highlight to aim the synthetic events at').toBeTruthy();
    const withRects = await watch.mentions(true);
    const rect = withRects.list.find((m) => mentionMatches(m.text, 'MP Materials'))?.rect ?? { x: 0, y: 0, w: 0, h: 0 };

    await page.evaluate(
      ({ types, extensionId, rect: r }) => {
        const x = r.x + r.w / 2;
        const y = r.y + r.h / 2;
        // Messages shaped like every protocol message, like WXT's, and like common extension buses.
        const bodies: unknown[] = [];
        for (const type of types)
          bodies.push({ type }, { type, payload: {} }, { type, payload: { id: 'x', url: location.href } }, { source: 'lodestone', type });
        bodies.push({ type: `${extensionId}:content:wxt:content-script-started`, contentScriptName: 'content', messageId: 'forged' });
        bodies.push('lodestone:save', { __proto__: { type: 'article/save' } }, JSON.stringify({ type: 'source/delete', payload: { id: '*' } }));
        for (const b of bodies) window.postMessage(b, '*');
        // Synthetic pointer, mouse, focus and keyboard events, aimed at a highlighted name.
        const el = document.elementFromPoint(x, y) ?? document.body;
        const init = { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, view: window };
        for (const t of [
          'pointerover',
          'pointerenter',
          'pointermove',
          'mouseover',
          'mouseenter',
          'mousemove',
          'pointerdown',
          'mousedown',
          'pointerup',
          'mouseup',
          'click',
          'dblclick',
          'contextmenu',
          'auxclick',
        ]) {
          const E = t.startsWith('pointer') ? PointerEvent : MouseEvent;
          el.dispatchEvent(new E(t, init));
          document.dispatchEvent(new E(t, init));
        }
        el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        for (const key of ['n', 'N', 's', 'S', 'Enter', ' ', 'Escape', 'Tab', 'ArrowDown']) {
          for (const mods of [{}, { altKey: true, shiftKey: true }, { ctrlKey: true }, { metaKey: true }]) {
            document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...mods }));
            window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...mods }));
          }
        }
        const host = document.querySelector('lodestone-host');
        host?.dispatchEvent(new MouseEvent('click', init));
        host?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      },
      { types: Object.keys(MESSAGES), extensionId: ext.extensionId, rect },
    );
    await sleep(1500);

    const data1 = await snapshotExtensionData(ext.worker);
    const after = await watch.mentions();
    const card = await watch.readCard();
    const report1 = await watch.report();
    expect(data1, 'extension storage after the page’s messages and events').toEqual(data0);
    expect(after.list.map((m) => `${m.name}:${m.text}`).sort(), 'highlights after the page’s messages and events').toEqual(
      before.list.map((m) => `${m.name}:${m.text}`).sort(),
    );
    expect(after.focus, 'keyboard focus ring').toBe(0);
    expect(card.text.trim(), 'a card opened by synthetic events').toBe('');
    expect(report1.hostAdds, 'host attached by synthetic events').toBe(report0.hostAdds);
    expect(report1.foreign).toEqual([]);
    // Positive control: a real pointer does open the card, so the silence above means something.
    expect(await watch.openCard('MP Materials'), 'a trusted hover opens the card').not.toBe('');
    expect(errors.extensionErrors).toEqual([]);
  });

  test('a forged WXT “script started” event cannot switch Lodestone off', async ({ page, origin, watch, ext }) => {
    await page.goto(fixtureUrl(origin, 'article-basic.html'));
    const before = await watch.settle(spec('article-basic.html'));
    expect(before.list.length, 'highlights before').toBeGreaterThan(0);
    // WXT's content-script context stops itself when a newer copy announces itself with this
    // CustomEvent on `document` — an event any page script can dispatch, once it knows the id.
    await page.evaluate((id: string) => {
      for (const name of [`${id}:content:wxt:content-script-started`, `${id}:content:content-script-started`]) {
        document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
      }
    }, ext.extensionId);
    await sleep(1500);
    const after = await watch.mentions();
    expect(after.list.length, 'highlights after the forged event').toBe(before.list.length);
    // Still alive: new content is marked.
    await watch.pageMutate(`const p = document.createElement('p'); p.textContent = 'Later: Kazakhstan joined.'; document.body.appendChild(p);`);
    expect(
      await waitFor(async () => (await watch.mentions()).list.some((m) => mentionMatches(m.text, 'Kazakhstan')), 3000),
      'new content is still marked',
    ).toBe(true);
  });

  test('the page cannot learn that Lodestone is installed from window messages', async ({ page, origin, watch, ext }) => {
    await page.goto(fixtureUrl(origin, 'article-basic.html'));
    await watch.settle(spec('article-basic.html'));
    const report = await watch.report();
    const leaks = report.messages.filter((m) => m.data.includes(ext.extensionId) || /lodestone|wxt/i.test(m.data));
    expect(leaks, 'window messages that reveal the extension').toEqual([]);
  });
});
