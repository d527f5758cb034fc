/**
 * A page under watch in Firefox: the Chromium suite's page-world probe (test/e2e/hostile-probe.ts,
 * installed before any page script as a BiDi preload script), page errors and console problems
 * collected, and readers for the probe's report, the highlights and the extension's card, which lives
 * in a closed shadow root. CDP pierces it in Chromium; over BiDi the host element's serialisation
 * carries a reference to its shadow root, open or closed, and a function run in a sandbox (a fresh
 * world the page's scripts cannot touch) reads the card through it.
 */
import type { Browser, ConsoleMessage, Dialog, Page } from 'puppeteer-core';
import { hostileProbe } from '../e2e/hostile-probe';
import { missingMentions, mentionMatches, type MentionRead, type ProbeReport } from '../e2e/page-watch';
import { callFunction, contextOf, evaluate, type RemoteValue } from './bidi';

export { missingMentions, mentionMatches, normaliseMention, type Mention, type MentionRead, type ProbeReport } from '../e2e/page-watch';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SANDBOX = 'lodestone-test';

/** What the card shows: its words (text and the attributes it paints from) and its on-screen box. */
export interface CardRead {
  hosts: number;
  text: string;
  box: { x: number; y: number; w: number; h: number } | null;
}

/** Read inside the sandbox: the card's words and the largest of its first boxes. Source text. */
const READ_CARD = `(root) => {
  let text = '';
  const boxes = [];
  const walk = (n, inStyle) => {
    if (n.nodeType === 3 && !inStyle) text += n.nodeValue;
    if (n.nodeType === 1) {
      if (!inStyle && n.nodeName !== 'STYLE' && boxes.length < 12) boxes.push(n.getBoundingClientRect());
      for (const a of n.attributes) if (a.name.startsWith('data-') || a.name === 'aria-label') text += ' ' + a.value + ' ';
    }
    const style = inStyle || n.nodeName === 'STYLE';
    for (const c of n.childNodes) walk(c, style);
  };
  walk(root, false);
  let box = null;
  for (const b of boxes) if (b.width * b.height > (box ? box.w * box.h : 0)) box = { x: b.x, y: b.y, w: b.width, h: b.height };
  return JSON.stringify({ text, box });
}`;

/** A page with the probe installed and its errors collected. */
export class FirefoxPageWatch {
  readonly pageErrors: string[] = [];
  /** Console lines that point at the extension misbehaving (or any console error). */
  readonly consoleProblems: string[] = [];
  readonly dialogs: string[] = [];

  private constructor(
    readonly browser: Browser,
    readonly page: Page,
  ) {}

  /** Opens a new tab with the probe installed (before navigation) and listeners on. */
  static async open(browser: Browser): Promise<FirefoxPageWatch> {
    const page = await browser.newPage();
    const w = new FirefoxPageWatch(browser, page);
    await page.evaluateOnNewDocument(hostileProbe);
    page.on('pageerror', (err: unknown) => w.pageErrors.push(err instanceof Error ? (err.stack ?? err.message) : String(err)));
    page.on('console', (msg: ConsoleMessage) => {
      const text = msg.text();
      if (msg.type() === 'error' || /Extension context invalidated|Content.Security.Policy|Trusted Type|lodestone|wxt|moz-extension/i.test(text)) {
        w.consoleProblems.push(`${msg.type()}: ${text}`);
      }
    });
    page.on('dialog', (d: Dialog) => {
      w.dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
    return w;
  }

  /**
   * Evaluates in the page's own world; the result travels as BiDi data, not through page scripts.
   * For primitives only: arrays and objects arrive as BiDi remote values (use `evalJSON`).
   */
  async evalValue<T>(expression: string): Promise<T> {
    return (await evaluate(this.browser, { context: contextOf(this.page) }, expression)).value as T;
  }

  /** `evalValue` for an expression that returns a JSON string. */
  async evalJSON<T>(expression: string): Promise<T> {
    const v = await this.evalValue<unknown>(expression);
    if (typeof v !== 'string') throw new Error(`page evaluation of ${expression} gave ${String(v)} (is the probe installed?)`);
    return JSON.parse(v) as T;
  }

  /** The probe's report: page text, mutations, CSP violations… (see hostile-probe.ts). */
  report(): Promise<ProbeReport> {
    return this.evalJSON<ProbeReport>('window.__hostile.reportJSON()');
  }

  /** The registered highlights, read from `CSS.highlights` by the probe. */
  mentions(withRects = false): Promise<MentionRead> {
    return this.evalJSON<MentionRead>(`window.__hostile.mentionsJSON(${withRects})`);
  }

  /** Waits until every `must` mention is marked and the set holds still for 400 ms (at most `ms`). */
  async settle(must: string[], ms = 10_000): Promise<MentionRead> {
    const started = Date.now();
    let last = '';
    let stableSince = Date.now();
    for (;;) {
      const read = await this.mentions();
      const sig = read.list
        .map((m) => `${m.name}:${m.text}`)
        .sort()
        .join('|');
      if (sig !== last) {
        last = sig;
        stableSince = Date.now();
      }
      const stableFor = must.length ? 400 : 1500;
      if (missingMentions(read.list, must).length === 0 && Date.now() - stableSince >= stableFor) return read;
      if (Date.now() - started > ms) return read;
      await sleep(100);
    }
  }

  /** Moves the pointer to the middle of the first drawn highlight reading `want`. */
  async hover(want: string): Promise<boolean> {
    const read = await this.mentions(true);
    const m = read.list.find((x) => mentionMatches(x.text, want) && x.rect && x.rect.w > 0 && x.rect.h > 0);
    if (!m?.rect) return false;
    await this.page.mouse.move(m.rect.x + m.rect.w / 2, m.rect.y + m.rect.h / 2, { steps: 3 });
    return true;
  }

  /** What each `<lodestone-host>` shows, read through its closed shadow root. */
  async readCard(): Promise<CardRead> {
    const context = contextOf(this.page);
    const hosts = await evaluate(this.browser, { context, sandbox: SANDBOX }, `document.querySelectorAll('lodestone-host')`);
    const list = (hosts.value ?? []) as RemoteValue[];
    const out: CardRead = { hosts: list.length, text: '', box: null };
    for (const host of list) {
      const root = (host.value as { shadowRoot?: RemoteValue | null } | undefined)?.shadowRoot;
      if (!root?.sharedId) continue;
      const r = await callFunction(this.browser, { context, sandbox: SANDBOX }, READ_CARD, [{ sharedId: root.sharedId }]);
      const read = JSON.parse(String(r.value)) as { text: string; box: CardRead['box'] };
      out.text += read.text;
      if (read.box && (!out.box || read.box.w * read.box.h > out.box.w * out.box.h)) out.box = read.box;
    }
    return out;
  }

  /** Points at `name` until the card shows text (at most `ms`); returns the text ('' if none). */
  async openCard(name: string, ms = 5000): Promise<string> {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      await this.page.mouse.move(1, 1);
      if (!(await this.hover(name))) return '';
      for (let i = 0; i < 8 && Date.now() < end; i++) {
        await sleep(150);
        const text = (await this.readCard()).text.trim();
        if (text) return text;
      }
    }
    return '';
  }

  /** Closes the tab. */
  async close(): Promise<void> {
    await this.page.close().catch(() => undefined);
  }
}
