/**
 * The contract between the content script and the card's view. The content script decides what
 * the card shows (`card-controller.ts`); a view renders it (`components/card-view.ts` binds the
 * Preact `CardLayer`). lib/ never imports components/: the entry point hands the view in.
 */
import type { EntityKind } from '../catalog/schema';
import type { RectLike } from '../page/card-position';
import type { EntityCard } from '../store/rows';

/** What the content script knows about the entity without asking the background. */
export interface CardEntity {
  id: string;
  name: string;
  kind: EntityKind;
  /** Known on the page for catalog entities; otherwise it arrives with the card's details. */
  description?: string;
  role?: string;
}

/**
 * The background's answer, as it arrives; `local` for a name the page introduces for itself
 * (lib/spotter/local-names.ts): the background knows nothing about it, so nothing is asked.
 */
export type CardDetails = { status: 'loading' } | { status: 'ready'; card: EntityCard } | { status: 'error'; message: string } | { status: 'local' };

/** One open card (the props of `components/Card.tsx`). */
export interface CardState {
  entity: CardEntity;
  details: CardDetails;
  /** The mention's box in viewport coordinates; the card never covers it. */
  anchor: RectLike;
  viewport: { width: number; height: number };
  /** Opened from the keyboard: focus moves into the card. */
  focusOnOpen: boolean;
  onOpenTimeline: (entityId: string) => void;
  /** For a name the page introduces (`details.status === 'local'`): open the dictionary's add form with it filled in. */
  onAddName?: () => void;
  onClose: () => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
  /**
   * "Not this" (issue 13): hide the form the page wrote (`form`) or the whole entity, on this site
   * or everywhere. Absent where nothing can be hidden.
   */
  notThis?: {
    form: string;
    site: string;
    onHide: (what: 'form' | 'entity', where: 'site' | 'everywhere') => void;
    /** Why the last choice was not stored (the background unreachable, the store failing). */
    error?: string;
  };
}

/** Everything shown in the shadow root (the props of `components/CardLayer.tsx`). */
export interface CardLayerState {
  /** The open card, if any; `openId` changes with every opening so each one is fresh. */
  card?: CardState & { openId: number };
  /** Spoken by screen readers when a card is opened from the keyboard. */
  announcement: string;
  theme: 'light' | 'dark';
}

/** A view mounted in the host's shadow root. */
export interface CardView {
  render(state: CardLayerState): void;
  /** Unmounts whatever was rendered. */
  clear(): void;
}

/** How the content script gets a card view: its stylesheet and a mount function. */
export interface CardViewFactory {
  /** The view's CSS, adopted by the shadow root. */
  css: string;
  mount(container: HTMLElement): CardView;
}
