// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { Card, type CardProps } from '../../../components/Card';
import { CardLayer } from '../../../components/CardLayer';
import type { EntityCard } from '../../../lib/store/rows';

afterEach(cleanup);

/** The text the card shows: CardText draws it from `data-t` (see components/CardText.tsx). */
const shown = (el: Element | null | undefined): string => (el ? [...el.querySelectorAll('.t')].map((t) => t.getAttribute('data-t')).join('') : '');

const XSS = '<img src=x onerror="globalThis.pwned=1">';
const card: EntityCard = {
  entity: { id: 'company-lynas', name: 'Lynas Rare Earths', kind: 'company', aliases: [], description: 'Australian producer.', origin: 'seed' },
  latestFacts: Array.from({ length: 7 }, (_, i) => ({
    fact: {
      id: `s:${i}`,
      sourceId: 'saved:x',
      entityIds: ['company-lynas'],
      quote: i === 0 ? `Lynas said ${XSS} in a statement.` : `Fact number ${i}.`,
      start: i,
      end: i + 1,
      date: { value: '2026-04', precision: 'quarter', planned: true, from: 'text' },
      figures: [],
    },
    source: { id: 'saved:x', origin: 'saved', title: `Title ${XSS}`, publisher: 'Reuters', published: '2025-11-26', publishedFrom: 'meta' },
  })),
  sourceCount: 3,
  related: [{ id: 'country-malaysia', name: 'Malaysia', kind: 'country', shared: 2 }],
};

function props(over: Partial<CardProps> = {}): CardProps {
  return {
    entity: { id: 'company-lynas', name: 'Lynas Rare Earths', kind: 'company', description: 'Australian producer.' },
    details: { status: 'ready', card },
    anchor: { left: 100, top: 100, right: 180, bottom: 120 },
    viewport: { width: 1000, height: 800 },
    focusOnOpen: false,
    onOpenTimeline: vi.fn(),
    onClose: vi.fn(),
    ...over,
  };
}

describe('Card', () => {
  it('is a labelled dialog with name, kind, description, five dated facts, source count and related', () => {
    render(<Card {...props()} />);
    const dialog = screen.getByRole('dialog', { name: 'Lynas Rare Earths, company' });
    expect(shown(dialog.querySelector('.desc'))).toBe('Australian producer.');
    expect(shown(dialog.querySelector('.name'))).toBe('Lynas Rare Earths');
    expect(dialog.querySelectorAll('.facts li')).toHaveLength(5);
    expect(dialog.querySelector('.facts li .when')?.getAttribute('data-t')).toBe('Q2 2026 · planned');
    expect(dialog.querySelector('.facts li .src')?.getAttribute('data-t')).toBe(`Reuters · “Title ${XSS}” · 26 Nov 2025`);
    expect(shown(dialog)).toContain('Mentioned in 3 sources');
    expect(shown(dialog.querySelector('.related'))).toBe('Related: Malaysia (2)');
  });

  it('a name the page introduces: says so, offers "Add to Lodestone" instead of a timeline', () => {
    const onAddName = vi.fn();
    const onOpenTimeline = vi.fn();
    render(
      <Card
        {...props({
          entity: { id: 'local:person:Maria Ostrova', name: 'Maria Ostrova', kind: 'person' },
          details: { status: 'local' },
          onAddName,
          onOpenTimeline,
        })}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Maria Ostrova, person' });
    expect(shown(dialog.querySelector('.desc'))).toBe('A person this article introduces. Lodestone does not know it yet.');
    expect(shown(dialog)).toContain('Add it to your dictionary to highlight Maria Ostrova on every page');
    // Button labels are drawn from `data-t` (CardText): read them as the card shows them.
    const actions = [...dialog.querySelectorAll('.actions button')].map((b) => shown(b));
    expect(actions).toEqual(['Add to Lodestone']);
    fireEvent.click(dialog.querySelector('.actions button.primary')!);
    expect(onAddName).toHaveBeenCalledTimes(1);
    expect(onOpenTimeline).not.toHaveBeenCalled();
  });

  it('renders page-sourced text as text, never as markup, and never as findable text nodes', () => {
    render(<Card {...props()} />);
    const dialog = screen.getByRole('dialog');
    expect(dialog.querySelector('img')).toBeNull();
    expect(dialog.querySelector('.quote')?.getAttribute('data-t')).toBe(`Lynas said ${XSS} in a statement.`);
    // window.find() searches text nodes even in closed shadow roots: the card has none.
    expect(dialog.textContent).toBe('');
  });

  it('is placed below the word, never over it', () => {
    render(<Card {...props()} />);
    const dialog = screen.getByRole('dialog');
    expect(Number.parseFloat(dialog.style.top)).toBeGreaterThanOrEqual(120);
    expect(dialog.style.visibility).not.toBe('hidden');
  });

  it('closes on Escape and on its close button; Open timeline passes the entity id', () => {
    const p = props();
    render(<Card {...p} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close card' }));
    expect(p.onClose).toHaveBeenCalledTimes(2);
    fireEvent.click(screen.getByRole('dialog').querySelector('.primary')!);
    expect(p.onOpenTimeline).toHaveBeenCalledWith('company-lynas');
  });

  it('shows loading and error states, and an empty-facts hint', () => {
    const { rerender } = render(<Card {...props({ details: { status: 'loading' } })} />);
    expect(shown(screen.getByRole('dialog'))).toContain('Loading facts…');
    rerender(<Card {...props({ details: { status: 'error', message: 'Facts unavailable: store closed' } })} />);
    expect(shown(screen.getByRole('dialog'))).toContain('Facts unavailable: store closed');
    rerender(<Card {...props({ details: { status: 'ready', card: { ...card, latestFacts: [] } } })} />);
    expect(shown(screen.getByRole('dialog'))).toContain('No dated facts about Lynas Rare Earths yet');
  });

  it('takes focus when opened from the keyboard', async () => {
    render(<Card {...props({ focusOnOpen: true })} />);
    await new Promise((r) => setTimeout(r, 10));
    expect(document.activeElement).toBe(screen.getByRole('dialog'));
  });
});

describe('CardLayer', () => {
  it('always has the live region, with the announcement as its text', () => {
    const { rerender } = render(<CardLayer announcement="" theme="dark" />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    rerender(<CardLayer announcement="Lynas Rare Earths, company." theme="dark" card={{ ...props(), openId: 1 }} />);
    expect(screen.getByRole('status')).toBe(status);
    expect(status.textContent).toBe('Lynas Rare Earths, company.');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});
