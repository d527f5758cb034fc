// @vitest-environment happy-dom
// Issue 12 in the UI: a fact's clause emphasised inside its sentence, "reported … (estimated)" for
// dates that come from an estimated article date, "Sources disagree" with both quotes and sources,
// "2 sources agree", and "N new since <date>" with the new facts marked — in the card and the timeline.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card, type CardProps } from '../../../components/Card';
import { Timeline } from '../../../components/Timeline';
import type { ClaimsView, EntityCard, TimelineItem } from '../../../lib/store/rows';
import { termsForEntities } from '../../../lib/ui/emphasis';
import { formatNewSince, formatSince, isNewItem } from '../../../lib/ui/new-since';
import { clauseTexts, splitRunsAtClause } from '../../../lib/ui/clause';
import { ENTITIES, date, item } from './fixtures';

afterEach(cleanup);
const shown = (el: Element | null | undefined): string => (el ? [...el.querySelectorAll('.t')].map((t) => t.getAttribute('data-t')).join('') : '');

const SENTENCE = 'MP Materials signed a deal with the US, with production scheduled to commence in December 2026.';
const CLAUSE = { start: 40, end: SENTENCE.length - 1 };
const signing = item(
  's:0',
  SENTENCE,
  date('2025-12', 'month', { from: 'published' }),
  { clause: { start: 0, end: 38 } },
  { publishedFrom: 'estimate', published: '2025-12' },
);
const production = item('s:0:1', SENTENCE, date('2026-12', 'month', { planned: true }), { clause: CLAUSE });
const vietnam6 = item(
  'v:6',
  "Vietnam's rare earth reserves are approximately 3.5 million mt, ranking sixth globally.",
  date('2025-12-12', 'day', { from: 'published' }),
);
const CLAIMS: ClaimsView = {
  contested: [
    {
      topic: 'Vietnam: world rank in rare earth reserves',
      entityIds: ['country-vietnam'],
      why: 'One says 6th largest, another 2nd largest',
      claims: [
        {
          factId: 'v:6',
          sourceId: 'seed:001',
          quote: vietnam6.fact.quote,
          value: '6th largest',
          source: { id: 'seed:001', origin: 'seed', title: 'Weekly Review', publisher: 'SMM', published: '2025-12-12', publishedFrom: 'text' },
        },
        {
          factId: 'v:2',
          sourceId: 'seed:004',
          quote: "Vietnam, which holds the world's second-largest rare earth reserves (after China), has also become a key US cooperation partner.",
          value: '2nd largest',
          source: { id: 'seed:004', origin: 'seed', title: 'Government intervention', publisher: 'SMM', published: '2025-12', publishedFrom: 'estimate' },
        },
      ],
    },
  ],
  corroborated: [],
};

describe('clause helpers', () => {
  it('split runs at the clause and shorten a long lead-in for the card', () => {
    const parts = splitRunsAtClause([{ text: 'MP Materials', entityId: 'x' }, { text: ' signed a deal, with production in 2026.' }], { start: 28, end: 54 });
    expect(parts.before.map((r) => r.text).join('')).toBe('MP Materials signed a deal, ');
    expect(parts.inside.map((r) => r.text).join('')).toBe('with production in 2026.');
    const long = `${'word '.repeat(40)}then the event.`;
    const t = clauseTexts(long, { start: long.indexOf('then'), end: long.length });
    expect(t.before.startsWith('…')).toBe(true);
    expect(t.before.length).toBeLessThanOrEqual(72);
    expect(t.clause).toBe('then the event.');
  });

  it('say "N new since <date>" and mark items that arrived after their entity’s baseline', () => {
    expect(formatSince('2025-11-12T10:00:00.000Z', new Date('2025-12-01T00:00:00Z'))).toBe('12 Nov');
    expect(formatSince('2024-11-12T10:00:00.000Z', new Date('2025-12-01T00:00:00Z'))).toBe('12 Nov 2024');
    expect(formatNewSince({ count: 3, since: '2025-11-12T10:00:00.000Z' }, new Date('2025-12-01T00:00:00Z'))).toBe('3 new since 12 Nov');
    const baselines = { 'company-mp-materials': { since: '2025-11-12T00:00:00.000Z', count: 1 } };
    expect(isNewItem({ ...production, arrivedAt: '2025-11-13T00:00:00.000Z' }, baselines)).toBe(true);
    expect(isNewItem({ ...production, arrivedAt: '2025-11-11T00:00:00.000Z' }, baselines)).toBe(false);
    expect(isNewItem({ fact: { ...vietnam6.fact, entityIds: ['country-vietnam'] }, arrivedAt: '2026-01-01T00:00:00.000Z' }, baselines)).toBe(false); // not one of its entities
  });
});

describe('the timeline (issue 12)', () => {
  const terms = termsForEntities(ENTITIES);
  function renderIt(items: TimelineItem[], extra: Partial<Parameters<typeof Timeline>[0]> = {}) {
    return render(<Timeline items={items} loading={false} hasMore={false} onShowMore={() => {}} termsFor={() => terms} empty={<p>Nothing</p>} {...extra} />);
  }

  it('emphasises each event’s own clause inside the same sentence, names still marked', () => {
    renderIt([production, signing]);
    const [prod, sign] = [document.querySelector('[data-fact="s:0:1"]')!, document.querySelector('[data-fact="s:0"]')!];
    expect(prod.querySelector('.quote')?.textContent).toBe(SENTENCE);
    expect(prod.querySelector('.clause')?.textContent).toBe(SENTENCE.slice(CLAUSE.start, CLAUSE.end));
    expect(sign.querySelector('.clause')?.textContent).toBe('MP Materials signed a deal with the US');
    expect(sign.querySelector('.clause mark')?.textContent).toBe('MP Materials');
  });

  it('never shows an article’s date as if it were the event’s, and says when that date is estimated', () => {
    renderIt([production, signing]);
    expect([...document.querySelectorAll('time')].map((t) => t.textContent)).toEqual(['Dec 2026 · planned', 'reported Dec 2025 (estimated)']);
    expect(document.querySelector('[data-fact="s:0"] time')?.getAttribute('title')).toMatch(/gives no date/);
  });

  it('says "Sources disagree" under a fact whose claim is contested, with both quotes and their sources', () => {
    renderIt([vietnam6], { claims: CLAIMS });
    const note = screen.getByRole('note', { name: 'Sources disagree: Vietnam: world rank in rare earth reserves' });
    expect(note.textContent).toContain('Sources disagree');
    const rows = within(note).getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('.claim-value')?.textContent)).toEqual(['6th largest', '2nd largest']);
    expect(rows[1]?.textContent).toContain("world's second-largest rare earth reserves");
    expect(rows[1]?.textContent).toContain('SMM · Government intervention · Dec 2025 (estimated)');
    expect(rows[0]?.getAttribute('data-this')).toBe('true');
    expect(rows[0]?.textContent, 'its own words and source are already above').toBe('6th largest');
  });

  it('says "2 sources agree" and marks new facts', () => {
    const agree: ClaimsView = {
      contested: [],
      corroborated: [
        {
          ...CLAIMS.contested[0]!,
          topic: 'Malaysia: rare earth reserves',
          claims: CLAIMS.contested[0]!.claims.map((c) => ({ ...c, value: '16.1 million t' })),
        },
      ],
    };
    renderIt([{ ...vietnam6, arrivedAt: '2026-01-02T00:00:00.000Z' }], {
      claims: agree,
      baselines: { 'company-mp-materials': { since: '2026-01-01T00:00:00.000Z', count: 1 } },
    });
    expect(screen.getByRole('note').textContent).toMatch(/^2 sources agree · Malaysia: rare earth reserves: 16\.1 million t — SMM · Government intervention/);
    expect(document.querySelector('[data-fact="v:6"]')?.getAttribute('data-new')).toBe('true');
    expect(document.querySelector('.new-badge')?.textContent).toBe('New');
  });
});

describe('the card (issue 12)', () => {
  const card: EntityCard = {
    entity: { id: 'company-mp-materials', name: 'MP Materials', kind: 'company', aliases: [], description: 'US producer.', origin: 'seed' },
    latestFacts: [
      { ...production, arrivedAt: '2026-01-05T00:00:00.000Z' },
      { ...signing, arrivedAt: '2025-01-01T00:00:00.000Z' },
    ],
    sourceCount: 2,
    related: [],
    claims: CLAIMS,
    newSince: { since: '2026-01-01T00:00:00.000Z', count: 1 },
  };
  const props = (): CardProps => ({
    entity: { id: 'company-mp-materials', name: 'MP Materials', kind: 'company', description: 'US producer.' },
    details: { status: 'ready', card },
    anchor: { left: 100, top: 100, right: 180, bottom: 120 },
    viewport: { width: 1000, height: 800 },
    focusOnOpen: false,
    onOpenTimeline: vi.fn(),
    onClose: vi.fn(),
  });

  it('shows what is new since the user last looked, and marks it', () => {
    render(<Card {...props()} />);
    expect(shown(document.querySelector('.new-since'))).toMatch(/^1 new since 1 Jan( 2026)?$/);
    expect([...document.querySelectorAll('.facts li')].map((li) => li.getAttribute('data-new'))).toEqual(['true', null]);
    expect(shown(document.querySelector('.facts li .when-line'))).toBe('Dec 2026 · plannedNew');
  });

  it('shows the clause emphasised, "reported … (estimated)", and "Sources disagree" with both quotes and sources', () => {
    render(<Card {...props()} />);
    const [prod, sign] = [...document.querySelectorAll('.facts li')];
    expect(prod?.querySelector('.clause')?.getAttribute('data-t')).toBe(SENTENCE.slice(CLAUSE.start, CLAUSE.end));
    expect(shown(prod?.querySelector('.quote'))).toBe(SENTENCE);
    expect(sign?.querySelector('.when')?.getAttribute('data-t')).toBe('reported Dec 2025 (estimated)');
    const disagree = screen.getByRole('region', { name: 'Sources disagree: Vietnam: world rank in rare earth reserves' });
    expect(shown(disagree)).toContain('Sources disagree');
    expect([...disagree.querySelectorAll('.claim-value')].map((e) => e.getAttribute('data-t'))).toEqual(['6th largest', '2nd largest']);
    expect(shown(disagree)).toContain('SMM · Weekly Review · 12 Dec 2025');
    expect(shown(disagree)).toContain('“Vietnam, which holds the world');
  });
});
