// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '../../../components/Timeline';
import { TimelineToolbar } from '../../../components/TimelineToolbar';
import { termsForEntities } from '../../../lib/ui/emphasis';
import { ENTITIES, date, item } from './fixtures';

afterEach(cleanup);
const terms = termsForEntities(ENTITIES);
const termsFor = () => terms;
const XSS = '<img src=x onerror="globalThis.__xss=1"><script>globalThis.__xss=2</script>';

const items = [
  item('f1', 'MP Materials plans magnets by 2028.', date('2028', 'year', { planned: true })),
  item('f2', 'The US and MP Materials signed in December.', date('2025-12-12', 'day'), {
    entityIds: ['country-us', 'company-mp-materials'],
    figures: [{ text: '$620 million', value: 6.2e8, unit: 'USD' }],
  }),
  item(
    'f3',
    'Lynas said so.',
    date('2025-12', 'month', { from: 'published' }),
    { entityIds: ['company-lynas'] },
    { id: 'saved:1', origin: 'saved', url: 'https://news.example/lynas', title: 'Lynas story', publisher: 'ABC' },
  ),
  item('f4', 'MP Materials began work.', date('2025-11-26', 'day')),
];

function renderTimeline(props: Partial<Parameters<typeof Timeline>[0]> = {}) {
  return render(<Timeline items={items} loading={false} hasMore={false} onShowMore={() => {}} termsFor={termsFor} empty={<p>Nothing</p>} {...props} />);
}

describe('Timeline', () => {
  it('groups by year, then month, in the given order', () => {
    renderTimeline();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['2028', '2025']);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['2028 — no month given', 'December 2025', 'November 2025']);
    const december = screen.getByRole('heading', { name: 'December 2025' }).parentElement!;
    expect(
      within(december)
        .getAllByRole('listitem')
        .filter((li) => li.classList.contains('entry'))
        .map((li) => li.getAttribute('data-fact')),
    ).toEqual(['f2', 'f3']);
  });

  it('shows each date at its precision with markers', () => {
    renderTimeline();
    expect([...document.querySelectorAll('time')].map((t) => [t.textContent, t.getAttribute('datetime')])).toEqual([
      ['2028 · planned', '2028'],
      ['12 Dec 2025', '2025-12-12'],
      ['reported Dec 2025', '2025-12'],
      ['26 Nov 2025', '2025-11-26'],
    ]);
  });

  it('emphasises names, lists figures, links sources to the sentence', () => {
    renderTimeline({ newTab: true });
    const entry = document.querySelector('[data-fact="f2"]') as HTMLElement;
    expect([...entry.querySelectorAll('mark')].map((m) => [m.textContent, m.getAttribute('data-entity')])).toEqual([
      ['US', 'country-us'],
      ['MP Materials', 'company-mp-materials'],
    ]);
    expect(within(entry).getByRole('list', { name: 'Figures' }).textContent).toBe('$620 million');
    const seedLink = within(entry).getByRole('link', { name: 'MP Materials and the Pentagon' });
    expect(seedLink.getAttribute('href')).toBe('/library.html#/source/seed:a?at=10');
    expect(seedLink.getAttribute('target')).toBe('_blank');
    const saved = within(document.querySelector('[data-fact="f3"]') as HTMLElement).getByRole('link', { name: 'Lynas story' });
    expect(saved.getAttribute('href')).toBe('https://news.example/lynas#:~:text=Lynas%20said%20so.');
    expect(entry.textContent).toContain('Reuters');
    expect(entry.textContent).toContain('11 Jul 2025');
  });

  it('renders XSS strings in quotes and titles as literal text', () => {
    const hostile = [item('x', `${XSS} MP Materials.`, date('2025-01-02', 'day'), {}, { title: XSS, publisher: XSS })];
    renderTimeline({ items: hostile });
    const entry = document.querySelector('[data-fact="x"]') as HTMLElement;
    expect(entry.querySelector('img, script')).toBeNull();
    expect(entry.querySelector('.quote')!.textContent).toBe(`${XSS} MP Materials.`);
    expect(screen.getByRole('link', { name: XSS }).textContent).toBe(XSS);
    expect((globalThis as { __xss?: number }).__xss).toBeUndefined();
  });

  it('loading shows reserved skeleton rows; empty shows the empty state; Show more pages', () => {
    const { rerender } = renderTimeline({ loading: true });
    expect(document.querySelectorAll('.entry-skeleton')).toHaveLength(4);
    expect(screen.getByRole('status').textContent).toBe('Loading timeline…');
    rerender(<Timeline items={[]} loading={false} hasMore={false} onShowMore={() => {}} termsFor={termsFor} empty={<p>Nothing to see</p>} />);
    expect(screen.getByText('Nothing to see')).toBeTruthy();
    const more = vi.fn();
    rerender(<Timeline items={items} loading={false} hasMore onShowMore={more} termsFor={termsFor} empty={null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(more).toHaveBeenCalledOnce();
  });
});

describe('TimelineToolbar', () => {
  it('has a labelled search and an "Oldest first" toggle', () => {
    const onQuery = vi.fn();
    const onOrder = vi.fn();
    const { rerender } = render(<TimelineToolbar query="" onQuery={onQuery} order="newest" onOrder={onOrder} />);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search timeline' }), { target: { value: 'lynas' } });
    expect(onQuery).toHaveBeenCalledWith('lynas');
    const toggle = screen.getByRole('button', { name: 'Oldest first' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(onOrder).toHaveBeenCalledWith('oldest');
    rerender(<TimelineToolbar query="" onQuery={onQuery} order="oldest" onOrder={onOrder} />);
    expect(screen.getByRole('button', { name: 'Oldest first' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Oldest first' }));
    expect(onOrder).toHaveBeenLastCalledWith('newest');
  });
});
