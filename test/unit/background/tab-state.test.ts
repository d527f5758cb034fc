import { describe, expect, it } from 'vitest';
import { BADGE_COUNT_COLOR, BADGE_SAVED_COLOR, createTabState } from '../../../lib/background/tab-state';
import { fakeBadge, fakeSession } from './fakes';

const report = (counts: Record<string, number>, url = 'https://news.example/a') => ({ url, title: 'A', readable: true, counts });

describe('tab state', () => {
  it('records a report, shows the entity count on the badge, and survives a worker restart', async () => {
    const session = fakeSession();
    const badge = fakeBadge();
    const tabs = createTabState({ session, badge });
    await tabs.record(3, report({ lynas: 4, china: 1 }));
    expect(badge.text.get(3)).toBe('2');
    expect(badge.color.get(3)).toBe(BADGE_COUNT_COLOR);
    // A new worker life: memory is empty, storage.session still holds the report.
    const restarted = createTabState({ session, badge: fakeBadge() });
    expect(await restarted.get(3)).toEqual(report({ lynas: 4, china: 1 }));
    expect(await restarted.get(4)).toBeUndefined();
  });

  it('clears the badge for a page with no entities', async () => {
    const badge = fakeBadge();
    const tabs = createTabState({ session: fakeSession(), badge });
    await tabs.record(1, report({}));
    expect(badge.text.get(1)).toBe('');
  });

  it('marks a saved tab green with its count and a title', async () => {
    const badge = fakeBadge();
    const tabs = createTabState({ session: fakeSession(), badge });
    await tabs.record(2, report({ lynas: 1, mp: 2, china: 3 }));
    await badge.setText(2, '!');
    await tabs.markSaved(2);
    expect(badge.text.get(2)).toBe('3');
    expect(badge.color.get(2)).toBe(BADGE_SAVED_COLOR);
    expect(badge.title.get(2)).toBe('Lodestone — this article is saved');
  });

  it('forgets a closed tab, in memory and in storage', async () => {
    const session = fakeSession();
    const tabs = createTabState({ session, badge: fakeBadge() });
    await tabs.record(5, report({ a: 1 }));
    tabs.forget(5);
    expect(await tabs.get(5)).toBeUndefined();
    await new Promise((r) => setTimeout(r, 0));
    expect(await createTabState({ session, badge: fakeBadge() }).get(5)).toBeUndefined();
  });

  it('waits for a first report, and gives up after the time it was given', async () => {
    let clock = 0;
    const tabs = createTabState({ session: fakeSession(), badge: fakeBadge(), now: () => clock, sleep: async (ms) => void (clock += ms) });
    // A report arrives after 150 ms of waiting.
    const waiting = createTabState({
      session: fakeSession(),
      badge: fakeBadge(),
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
        if (clock >= 150) await waiting.record(9, report({ x: 1 }));
      },
    });
    clock = 0;
    expect(await waiting.waitFor(9, 1000)).toEqual(report({ x: 1 }));
    expect(clock).toBe(150);
    clock = 0;
    expect(await tabs.waitFor(9, 200)).toBeUndefined();
    expect(clock).toBeGreaterThanOrEqual(200);
  });

  it('works from memory alone where storage.session is missing', async () => {
    const tabs = createTabState({ session: fakeSession(true), badge: fakeBadge() });
    await tabs.record(1, report({ a: 1 }));
    expect(await tabs.get(1)).toEqual(report({ a: 1 }));
  });
});
