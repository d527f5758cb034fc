/**
 * The card's life: open on a mention (from the pointer or the keyboard), fetch what it shows once
 * per entity per page (the content script cannot open the extension's IndexedDB: it would land in
 * the page's origin), follow the word on scroll, close on Escape, on leaving (after a grace delay
 * so the pointer can travel into the card) or when the word scrolls away.
 */
import type { EntityKind } from '../catalog/schema';
import type { PageEntity } from '../page/entries';
import { isLocalId } from '../spotter/local-names';
import { isOffscreen, type RectLike } from '../page/card-position';
import { activeElementOf, rootOf } from '../dom/safe-dom';
import type { PageTheme } from '../highlight/styles';
import type { Result } from '../result';
import type { EntityCard } from '../store/rows';
import { KIND_STYLES } from '../ui/kinds';
import type { DomMention } from '../dom/page-blocks';
import type { Scope } from './scope';
import type { CardDetails, CardEntity, CardLayerState } from './card-view';
import type { UiHost } from './ui-host';

/** Delay before a pointer-opened card closes once the pointer left word and card (ms). */
export const CLOSE_GRACE_MS = 300;

/** How long a keyboard opening's announcement stays in the live region (ms). */
export const ANNOUNCE_MS = 5000;

/** How the card was opened. */
export type OpenedBy = 'pointer' | 'keyboard';

/** What the controller needs from the session. */
export interface CardDeps {
  doc: Document;
  scope: Scope;
  host: () => UiHost | undefined;
  /** The entity as the page's dictionary has it (descriptions arrive with the card's details). */
  entity: (id: string) => (PageEntity & { description?: string; role?: string }) | undefined;
  anchorOf: (m: DomMention) => RectLike | undefined;
  theme: () => PageTheme;
  fetchCard: (entityId: string) => Promise<Result<EntityCard>>;
  openTimeline: (entityId: string) => void;
  /** Opens the dictionary's add form for a name the page introduces (issue 11 → issue 13's form). */
  addName?: (name: string, kind: EntityKind) => void;
  onClosed: (m: DomMention) => void;
  /**
   * "Not this" (issue 13): hide a form (`text`) or the entity (`text: ''`) on this site or
   * everywhere. The card closes once the background has stored it, and says why when it could not.
   */
  hide?: (entityId: string, text: string, where: 'site' | 'everywhere') => Promise<Result<unknown>>;
  /** The page's site, named on the card's "Not this" choices. */
  site?: () => string;
}

interface OpenCard {
  mention: DomMention;
  entity: CardEntity;
  via: OpenedBy;
  openId: number;
  anchor: RectLike;
  restoreFocus: Element | null;
}

/** Opens, updates and closes the one card. */
export class CardController {
  private current: OpenCard | undefined;
  private readonly details = new Map<string, CardDetails>();
  private closeTimer: number | undefined;
  private announcement = '';
  private seq = 0;
  private announceTimer: number | undefined;
  /** Why the open card's "Not this" failed (shown on that opening only). */
  private hideError: { openId: number; message: string } | undefined;

  constructor(private readonly d: CardDeps) {}

  /** The mention whose card is open. */
  get mention(): DomMention | undefined {
    return this.current?.mention;
  }

  get openedBy(): OpenedBy | undefined {
    return this.current?.via;
  }

  /** Opens the card on `m`; false when it cannot be shown (host refused, word not on screen). */
  open(m: DomMention, via: OpenedBy): boolean {
    this.cancelClose();
    const entity = this.d.entity(m.entityId);
    const anchor = this.d.anchorOf(m);
    const host = this.d.host();
    if (!entity || !anchor || !host?.attach()) return false;
    if (this.current?.mention === m && this.current.via === via) return true;
    const previous = this.current;
    const restoreFocus = previous ? previous.restoreFocus : activeElementOf(this.d.doc);
    const kind = KIND_STYLES[entity.kind];
    this.current = {
      mention: m,
      entity: {
        id: entity.id,
        name: entity.name,
        kind: entity.kind,
        ...(entity.description ? { description: entity.description } : {}),
        ...(entity.role ? { role: entity.role } : {}),
      },
      via,
      openId: ++this.seq,
      anchor,
      restoreFocus: via === 'keyboard' ? restoreFocus : null,
    };
    // Announce keyboard openings (a pointer user sees the card; a screen-reader user needs to hear it).
    // The alternating invisible suffix makes a repeated text count as a change.
    if (via === 'keyboard') {
      this.announcement = `${entity.name}, ${kind.label}.${entity.description ? ` ${entity.description}` : ''}${this.seq % 2 ? '' : '\u200b'}`;
      // Cleared once spoken: the live region holds real text nodes, which window.find could see.
      this.d.scope.cancelTimeout(this.announceTimer);
      this.announceTimer = this.d.scope.timeout(() => {
        this.announcement = '';
        this.render();
      }, ANNOUNCE_MS);
    }
    this.load(entity.id);
    this.render();
    return true;
  }

  /** Closes the card (focus goes back where it was if it was inside the card). */
  close(): void {
    this.cancelClose();
    const c = this.current;
    if (!c) return;
    this.current = undefined;
    const host = this.d.host();
    const focusInCard = host !== undefined && activeElementOf(this.d.doc) === host.element;
    this.render();
    if (focusInCard) {
      const back = c.restoreFocus as HTMLElement | null;
      if (back && back.isConnected && typeof back.focus === 'function' && back !== rootOf(this.d.doc)) back.focus({ preventScroll: true });
      else host.element.blur();
    }
    this.d.onClosed(c.mention);
  }

  /** Starts the grace delay after which a pointer-opened card closes. */
  scheduleClose(): void {
    if (this.current?.via !== 'pointer' || this.closeTimer !== undefined) return;
    this.closeTimer = this.d.scope.timeout(() => {
      this.closeTimer = undefined;
      this.close();
    }, CLOSE_GRACE_MS);
  }

  cancelClose(): void {
    this.d.scope.cancelTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }

  /** Follows the word after a scroll or resize; closes when it left the screen. */
  reposition(): void {
    const c = this.current;
    if (!c) return;
    const anchor = this.d.anchorOf(c.mention);
    if (!anchor || isOffscreen(anchor, viewportOf(this.d.doc))) return this.close();
    c.anchor = anchor;
    this.render();
  }

  /** Forgets every fetched card (the knowledge changed); an open card fetches its entity again. */
  invalidate(): void {
    this.details.clear();
    const open = this.current;
    if (open) this.load(open.entity.id);
  }

  /** Re-renders with the current theme (after a theme change). */
  refresh(): void {
    this.render();
  }

  private load(entityId: string): void {
    if (this.details.has(entityId)) return;
    if (isLocalId(entityId)) {
      this.details.set(entityId, { status: 'local' });
      return;
    }
    this.details.set(entityId, { status: 'loading' });
    void this.d.fetchCard(entityId).then((r) => {
      if (!this.d.scope.active) return;
      this.details.set(entityId, r.ok ? { status: 'ready', card: r.value } : { status: 'error', message: `Facts unavailable: ${r.error.message}` });
      // A failure is not cached for good: the next opening asks again (the background may be back).
      if (!r.ok) this.d.scope.timeout(() => this.details.delete(entityId), 5000);
      if (this.current?.entity.id === entityId) this.render();
    });
  }

  private render(): void {
    const host = this.d.host();
    if (!host) return;
    const c = this.current;
    const props: CardLayerState = { announcement: this.announcement, theme: this.d.theme() };
    if (c) {
      props.card = {
        openId: c.openId,
        entity: c.entity,
        details: this.details.get(c.entity.id) ?? { status: 'loading' },
        anchor: c.anchor,
        viewport: viewportOf(this.d.doc),
        focusOnOpen: c.via === 'keyboard',
        onOpenTimeline: (id) => {
          this.d.openTimeline(id);
          this.close();
        },
        onClose: () => this.close(),
        onPointerEnter: () => this.cancelClose(),
        onPointerLeave: () => this.scheduleClose(),
      };
      const hide = isLocalId(c.entity.id) ? undefined : this.d.hide;
      const addName = this.d.addName;
      if (addName && isLocalId(c.entity.id)) {
        const { name, kind } = c.entity;
        props.card.onAddName = () => {
          addName(name, kind);
          this.close();
        };
      }
      if (hide) {
        const { entity, mention } = c;
        props.card.notThis = {
          form: mention.text,
          site: this.d.site?.() ?? '',
          ...(this.hideError?.openId === c.openId ? { error: this.hideError.message } : {}),
          onHide: (what, where) => {
            const openId = c.openId;
            void hide(entity.id, what === 'form' ? mention.text : '', where).then((r) => {
              // Answered after the card closed or opened elsewhere: nothing on screen to update.
              if (!this.d.scope.active || this.current?.openId !== openId) return;
              if (r.ok) return this.close();
              this.hideError = { openId, message: `Not hidden: ${r.error.message}` };
              this.render();
            });
          },
        };
      }
    }
    host.render(props);
  }
}

/** The layout viewport's size, without scrollbars (the smaller of root client size and window size). */
export function viewportOf(doc: Document): { width: number; height: number } {
  const root = rootOf(doc);
  const view = doc.defaultView;
  const pick = (a: number | undefined, b: number | undefined): number => {
    const vals = [a ?? 0, b ?? 0].filter((v) => v > 0);
    return vals.length ? Math.min(...vals) : 0;
  };
  return { width: pick(root?.clientWidth, view?.innerWidth), height: pick(root?.clientHeight, view?.innerHeight) };
}
