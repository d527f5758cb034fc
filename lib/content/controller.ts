/**
 * Owns the session's life on one page: starts it when settings allow, stops it on pause or when
 * the site is switched off, passes mode and kind changes through, all without a reload.
 */
import type { Entity } from '../catalog/schema';
import { supportsHighlights } from '../highlight/renderer';
import { bodyOf, protoGet } from '../highlight/safe-dom';
import { isActiveOn, siteOf, type Settings } from '../settings/schema';
import { loadSettings, watchSettings } from '../settings/storage';
import { createSpotter, type Spotter } from '../spotter/matcher';
import { MIN_READABLE_CHARS, sendPageReport } from './report';
import { isOrphaned } from './lifetime';
import type { Scope } from './scope';
import { PageSession } from './session';
import { markTiming } from './timing';

/** The content script's state on a page. */
export class ContentController {
  private session: PageSession | undefined;
  private spotter: Spotter | undefined;
  private readonly entities: Map<string, Entity>;

  constructor(
    private readonly root: Scope,
    private readonly doc: Document,
    private readonly catalog: readonly Entity[],
  ) {
    this.entities = new Map(catalog.map((e) => [e.id, e]));
  }

  /** Reads settings, starts if allowed, and follows settings changes. */
  async init(): Promise<void> {
    this.apply(await loadSettings());
    if (!this.root.active) return;
    const unwatch = watchSettings((s) => this.apply(s));
    this.root.onDispose(unwatch);
  }

  /** Re-reads settings now (the background's `settings/changed`). */
  async reload(): Promise<void> {
    this.apply(await loadSettings());
  }

  /** True (and everything stopped) when the extension is gone; called by every entry point. */
  private checkOrphaned(): boolean {
    if (!isOrphaned()) return false;
    this.root.dispose();
    return true;
  }

  /** The `next-mention` command. */
  knowledgeChanged(): void {
    this.session?.knowledgeChanged();
  }

  stepNext(): void {
    this.session?.stepNext();
  }

  private apply(s: Settings): void {
    if (isOrphaned()) this.root.dispose();
    if (!this.root.active) return;
    const url = String(protoGet<string>(this.doc, 'URL') ?? '');
    if (!isActiveOn(s, siteOf(url)) || !supportsHighlights()) {
      if (this.session) {
        this.session.stop();
        this.session = undefined;
      }
      // Clear the badge; readability from a cheap text length (no layout) so saving still works.
      sendPageReport(this.doc, { counts: {}, readable: (bodyOf(this.doc)?.textContent?.length ?? 0) >= MIN_READABLE_CHARS });
      return;
    }
    if (this.session) return this.session.updateSettings(s);
    if (!this.spotter) {
      markTiming('dictionary-start');
      this.spotter = createSpotter([...this.catalog]);
      markTiming('dictionary-ready');
    }
    this.session = new PageSession({ doc: this.doc, parent: this.root.signal, spotter: this.spotter, entities: this.entities, settings: s, orphaned: () => this.checkOrphaned() });
    void this.session.start();
  }
}
