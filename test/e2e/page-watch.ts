/**
 * A page under watch for the hostile suite: the page-world probe (hostile-probe.ts) installed before
 * any page script, dialogs and console problems collected, and readers for the probe's report, the
 * highlights and the extension's card. Page-world reads go over CDP `Runtime.evaluate` and return
 * JSON strings, so they work on pages that poisoned their own built-ins.
 */
import type { CDPSession, ConsoleMessage, Dialog, Page } from '@playwright/test';
import { hostileProbe } from './hostile-probe';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the probe reports about the page (see hostile-probe.ts `report`). */
export interface ProbeReport {
  ready: boolean;
  contentType: string;
  rootName: string | null;
  parser: number;
  page: number;
  foreign: { type: string; target: string; node?: string; attr?: string | null; at: number }[];
  foreignCount: number;
  hostAdds: number;
  hostRemovals: number;
  pageHostRemovals: number;
  hostsOnRoot: number;
  violations: { directive: string; blocked: string; source: string; line: number; sample: string }[];
  messages: { origin: string; data: string; at: number }[];
  textSame: boolean;
  textDiff: unknown;
  /** First difference in the rendered text (innerText), or null. */
  renderedDiff: unknown;
  valuesSame: boolean;
  shadowRoots: number;
  longTasks: number;
  longestTask: number;
  elementCount: number;
}

/** One registered highlight range, as read from the page. */
export interface Mention {
  name: string;
  text: string | null;
  connected: boolean;
  visible: boolean;
  quiet: string;
  skipped: string;
  inShadow: boolean;
  parent: string;
  rect: { x: number; y: number; w: number; h: number } | null;
}
export interface MentionRead {
  list: Mention[];
  names: string[];
  focus: number;
}

/** Text of a highlight as the expectations compare it: NFC, invisible characters dropped, spaces folded. */
export function normaliseMention(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069\u200E\u200F]/g, '')
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim();
}

/** True when a highlight text is `want` itself or its possessive/plural (`China’s`, `Lynas's`). */
export function mentionMatches(text: string | null, want: string): boolean {
  if (text === null) return false;
  const n = normaliseMention(text);
  return n === want || (n.startsWith(want) && /^(?:['’]s|s)$/.test(n.slice(want.length)));
}

/** The `must` entries not (yet) present among the highlights. */
export function missingMentions(list: Mention[], must: string[]): string[] {
  return must.filter((w) => !list.some((m) => mentionMatches(m.text, w)));
}

/** A page under watch: the probe, a CDP session, dialogs and console problems. */
export class PageWatch {
  readonly dialogs: string[] = [];
  /** Console lines of any type that point at the extension misbehaving. */
  readonly consoleProblems: string[] = [];
  private cdp: CDPSession | undefined;

  private constructor(readonly page: Page) {}

  /** Installs the probe on `page` (before navigation) and starts listening. */
  static async attach(page: Page): Promise<PageWatch> {
    const w = new PageWatch(page);
    await page.addInitScript(hostileProbe);
    page.on('dialog', w.onDialog);
    page.on('console', w.onConsole);
    return w;
  }

  private onDialog = (d: Dialog): void => {
    this.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  };

  private onConsole = (msg: ConsoleMessage): void => {
    const text = msg.text();
    if (/Extension context invalidated|Content Security Policy|Trusted Type|lodestone|wxt/i.test(text) && msg.type() !== 'debug') {
      this.consoleProblems.push(`${msg.type()} ${msg.location().url}: ${text}`);
    }
  };

  /** Stops listening. */
  async detach(): Promise<void> {
    this.page.off('dialog', this.onDialog);
    this.page.off('console', this.onConsole);
    await this.cdp?.detach().catch(() => undefined);
  }

  /**
   * Evaluates an expression in the top frame's main world over CDP and returns its value. No page
   * JavaScript runs to carry the result (unlike page.evaluate), so poisoned built-ins cannot interfere.
   */
  async evalValue<T>(expression: string): Promise<T> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    const res = (await this.cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (res.exceptionDetails)
      throw new Error(`page evaluation of ${expression} failed: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
    return res.result.value as T;
  }

  /** `evalValue` for an expression that returns a JSON string (the probe's readers). */
  async evalJSON<T>(expression: string): Promise<T> {
    const v = await this.evalValue<unknown>(expression);
    if (typeof v !== 'string') throw new Error(`page evaluation of ${expression} gave ${String(v)} (is the probe installed?)`);
    return JSON.parse(v) as T;
  }

  report(): Promise<ProbeReport> {
    return this.evalJSON<ProbeReport>('window.__hostile.reportJSON()');
  }

  mentions(withRects = false): Promise<MentionRead> {
    return this.evalJSON<MentionRead>(`window.__hostile.mentionsJSON(${withRects})`);
  }

  /** A page global, as JSON (fixture scripts leave their state on `window.__…`). */
  global<T>(name: string): Promise<T> {
    return this.evalJSON<T>(`JSON.stringify(window[${JSON.stringify(name)}] ?? null)`);
  }

  /** Runs `body` (page-world source) as a page write, so the probe counts it as the page's own. */
  pageMutate(body: string): Promise<unknown> {
    return this.evalValue(`window.__pageMutate(() => { ${body} })`);
  }

  /**
   * Waits for the extension to settle: every `must` mention present and the highlight set unchanged
   * for a moment (dynamic pages: `must` present, then a fixed pause). Quiet fixtures: a fixed wait.
   */
  async settle(spec: { must: string[]; quiet?: boolean; dynamic?: boolean; settleMs?: number }): Promise<MentionRead> {
    const started = Date.now();
    const max = spec.settleMs ?? 8000;
    const needMust = !spec.quiet && spec.must.length > 0;
    const stableFor = needMust ? 400 : 1500;
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
      const haveMust = !needMust || missingMentions(read.list, spec.must).length === 0;
      if (haveMust && spec.dynamic) {
        await sleep(500);
        return this.mentions();
      }
      if (haveMust && Date.now() - stableSince >= stableFor) return read;
      if (Date.now() - started > max) return read;
      await sleep(100);
    }
  }

  /** Moves the mouse to the middle of the first visible highlight whose text is `want`. */
  async hover(want: string): Promise<boolean> {
    const read = await this.mentions(true);
    const m = read.list.find((x) => mentionMatches(x.text, want) && x.rect && x.rect.w > 0 && x.rect.h > 0);
    if (!m?.rect) return false;
    await this.page.mouse.move(m.rect.x + m.rect.w / 2, m.rect.y + m.rect.h / 2, { steps: 3 });
    return true;
  }

  /**
   * What the extension's card shows, read over CDP (which pierces closed shadow roots, as no page
   * script can): text, element names and attribute names inside each `lodestone-host`. The card may
   * paint its words from attributes (`content: attr(data-t)`, which keeps them out of the page's
   * find-in-page and selection), so `data-*` and `aria-label` values count as its text too.
   */
  async readCard(): Promise<{
    hosts: number;
    text: string;
    elements: string[];
    attributes: string[];
    box: { x: number; y: number; w: number; h: number } | null;
  }> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodeIds } = (await this.cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'lodestone-host' })) as { nodeIds: number[] };
    const out = {
      hosts: nodeIds.length,
      text: '',
      elements: [] as string[],
      attributes: [] as string[],
      box: null as { x: number; y: number; w: number; h: number } | null,
    };
    const backendIds: number[] = [];
    interface DomNode {
      backendNodeId: number;
      nodeType: number;
      nodeName: string;
      nodeValue: string;
      attributes?: string[];
      children?: DomNode[];
      shadowRoots?: DomNode[];
    }
    const walk = (n: DomNode, inStyle: boolean): void => {
      if (n.nodeType === 3 && !inStyle) out.text += n.nodeValue;
      if (n.nodeType === 1) {
        if (!inStyle && n.nodeName !== 'STYLE') backendIds.push(n.backendNodeId);
        out.elements.push(n.nodeName);
        const attrs = n.attributes ?? [];
        for (let i = 0; i + 1 < attrs.length; i += 2) {
          const name = attrs[i]!;
          out.attributes.push(name);
          if (name.startsWith('data-') || name === 'aria-label') out.text += ` ${attrs[i + 1]!} `;
        }
      }
      const style = inStyle || n.nodeName === 'STYLE';
      for (const c of n.shadowRoots ?? []) walk(c, style);
      for (const c of n.children ?? []) walk(c, style);
    };
    for (const nodeId of nodeIds) {
      const { node } = (await this.cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as { node: DomNode };
      for (const sr of node.shadowRoots ?? []) walk(sr, false);
    }
    // The card's on-screen box: the largest of its first few elements' border boxes.
    for (const backendNodeId of backendIds.slice(0, 12)) {
      const box = (await this.cdp.send('DOM.getBoxModel', { backendNodeId }).catch(() => null)) as {
        model: { border: number[]; width: number; height: number };
      } | null;
      if (!box || box.model.width * box.model.height <= (out.box ? out.box.w * out.box.h : 0)) continue;
      out.box = { x: box.model.border[0]!, y: box.model.border[1]!, w: box.model.width, h: box.model.height };
    }
    return out;
  }

  /**
   * Points at `name` and waits (up to `ms`) for the card to show text; tries the hover again if it
   * does not. Returns the card's text ('' when no card opened).
   */
  async openCard(name: string, ms = 4000): Promise<string> {
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

  /** Probe reports from every child frame that has one (frames without scripts may have none). */
  async frameReports(): Promise<{ url: string; report: ProbeReport }[]> {
    const out: { url: string; report: ProbeReport }[] = [];
    for (const frame of this.page.frames()) {
      if (frame === this.page.mainFrame()) continue;
      const json = await frame
        .evaluate(() => (window as unknown as { __hostile?: { reportJSON(): string } }).__hostile?.reportJSON() ?? null)
        .catch(() => null);
      if (json) out.push({ url: frame.url(), report: JSON.parse(json) as ProbeReport });
    }
    return out;
  }
}
