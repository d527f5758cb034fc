/**
 * What the background's logic needs from the browser, as small interfaces. `browser-services.ts`
 * binds them to `wxt/browser`; unit tests pass fakes. Nothing here reaches for a module singleton.
 */

/** `storage.session` (survives a service-worker restart, not a browser restart). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The toolbar button, per tab. Failures (a closed tab) are swallowed by the implementation. */
export interface Badge {
  setText(tabId: number, text: string): Promise<void>;
  setColor(tabId: number, color: string): Promise<void>;
  setTitle(tabId: number, title: string): Promise<void>;
}

/** What the background asks about tabs. */
export interface Tabs {
  /** The tab's address and title; undefined when it is closed. */
  get(tabId: number): Promise<{ url?: string; title?: string } | undefined>;
  /** Every open tab's id. */
  ids(): Promise<number[]>;
  /** The focused window's active tab. */
  activeId(): Promise<number | undefined>;
  /** Opens an extension page (`/library.html#/…`) in a new tab. */
  openExtensionPage(path: string): Promise<void>;
}

/** A pause (`setTimeout` in the worker; instant in tests). */
export type Sleep = (ms: number) => Promise<void>;
