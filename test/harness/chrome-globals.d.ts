// The few `chrome.*` APIs the harness calls inside the extension's service worker
// (worker.evaluate), typed here rather than pulling in all of @types/chrome.
declare const chrome: {
  tabs: {
    query(q: Record<string, unknown>): Promise<{ id?: number; url?: string; title?: string }[]>;
    get(id: number): Promise<{ id?: number; url?: string; title?: string }>;
  };
  runtime: { reload(): void; id: string };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};
