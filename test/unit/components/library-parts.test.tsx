// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataPanel } from '../../../components/DataPanel';
import { SavedArticleList, type SavedArticle } from '../../../components/SavedArticleList';
import { SettingsPanel, hostFromInput } from '../../../components/SettingsPanel';
import { SourceReader, toParagraphs } from '../../../components/SourceReader';
import { NO_FILTERS, TimelineFilters } from '../../../components/TimelineFilters';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { sentenceAt } from '../../../entrypoints/library/SourcePage';

afterEach(cleanup);
const XSS = '<img src=x onerror="globalThis.__xss=1">';

const SAVED: SavedArticle[] = [
  {
    id: 'saved:1',
    title: 'Lynas lifts prices',
    publisher: 'ABC',
    published: '2025-12-01',
    publishedFrom: 'meta',
    url: 'https://abc.example/lynas',
    savedAt: '2025-12-02T10:00:00.000Z',
    factCount: 3,
  },
  { id: 'saved:2', title: XSS, published: '2025-11-01', publishedFrom: 'saved-on', factCount: 1 },
];

describe('SavedArticleList', () => {
  it('lists articles with their details; titles are literal text', () => {
    render(<SavedArticleList items={SAVED} />);
    expect(screen.getByRole('link', { name: 'Lynas lifts prices' }).getAttribute('href')).toBe('/library.html#/source/saved:1');
    expect(screen.getByRole('link', { name: 'Original: Lynas lifts prices' }).getAttribute('href')).toBe('https://abc.example/lynas');
    expect(screen.getByText('ABC · 1 Dec 2025 · 3 facts · saved 2 Dec 2025')).toBeTruthy();
    expect(screen.getByRole('link', { name: XSS })).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull();
  });

  it('deletes only after confirmation; cancel keeps it', async () => {
    const onDelete = vi.fn(async () => null);
    render(<SavedArticleList items={SAVED} onDelete={onDelete} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Lynas lifts prices' }));
    expect(screen.getByText('Delete this article and its 3 facts? This cannot be undone.')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Lynas lifts prices' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(onDelete).toHaveBeenCalledWith('saved:1'));
  });

  it('shows a failed delete', async () => {
    render(<SavedArticleList items={SAVED} onDelete={async () => 'Could not delete: busy'} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Lynas lifts prices' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Could not delete: busy'));
  });
});

describe('SettingsPanel', () => {
  const settings = { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds }, disabledSites: ['old.example.com'] };

  it('every control is labelled and applies its change', () => {
    const onChange = vi.fn();
    render(<SettingsPanel settings={settings} onChange={onChange} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pause Lodestone on every site' }));
    expect(onChange.mock.lastCall![0].paused).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'People' }));
    expect(onChange.mock.lastCall![0].kinds.person).toBe(false);
    expect(onChange.mock.lastCall![0].kinds.company).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Every mention' }));
    expect(onChange.mock.lastCall![0].highlightMode).toBe('every');
    fireEvent.click(screen.getByRole('button', { name: 'Turn back on for old.example.com' }));
    expect(onChange.mock.lastCall![0].disabledSites).toEqual([]);
    fireEvent.input(screen.getByRole('textbox', { name: 'Site to switch off' }), { target: { value: 'https://News.Example.com/a/b' } });
    fireEvent.click(screen.getByRole('button', { name: 'Switch off site' }));
    expect(onChange.mock.lastCall![0].disabledSites).toEqual(['old.example.com', 'news.example.com']);
  });

  it('rejects a site that is not a host name', () => {
    const onChange = vi.fn();
    render(<SettingsPanel settings={settings} onChange={onChange} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Site to switch off' }), { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Switch off site' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByText('Enter a site such as news.example.com.')).toBeTruthy();
    expect(hostFromInput(' www.Reuters.com ')).toBe('www.reuters.com');
  });
});

describe('DataPanel', () => {
  it('exports through a download and reports it', async () => {
    const download = vi.fn();
    render(
      <DataPanel
        onExport={async () => ({ ok: true, value: { json: '{"a":1}' } })}
        onImport={vi.fn()}
        usage={{ usage: 2048, quota: 1024 ** 3 }}
        download={download}
        today={() => new Date('2026-01-05T12:00:00Z')}
      />,
    );
    expect(screen.getByText('2.0 KB used of 1.0 GB available.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export my data' }));
    await waitFor(() => expect(download).toHaveBeenCalledWith('lodestone-export-2026-01-05.json', '{"a":1}'));
    expect(screen.getByRole('status').textContent).toBe('Exported 7 bytes to lodestone-export-2026-01-05.json.');
  });

  it('imports a file and shows counts, or the first problem', async () => {
    const onImport = vi
      .fn()
      .mockResolvedValueOnce({ ok: true, value: { added: 2, updated: 1, skipped: 0 } })
      .mockResolvedValueOnce({ ok: false, error: { code: 'invalid-import', message: 'sources[0].url: expected a string' } })
      .mockResolvedValueOnce({ ok: true, value: { added: 0, updated: 0, skipped: 1, entitiesAdded: 3, dictionaryChanged: 1 } });
    render(<DataPanel onExport={vi.fn()} onImport={onImport} usage={null} />);
    expect(screen.getByText('This browser does not report storage use.')).toBeTruthy();
    const input = screen.getByLabelText('Import a Lodestone export file') as HTMLInputElement;
    const file = new File(['{"x":1}'], 'export.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported: 2 added, 1 updated.'));
    expect(onImport).toHaveBeenCalledWith('{"x":1}');
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Import failed: sources[0].url: expected a string. Nothing was changed.'));
    // Issue 13: a file that only carries a dictionary says so.
    fireEvent.change(input);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Imported: 0 added, 0 updated, 1 skipped; 3 entities and 1 dictionary change in your dictionary.'),
    );
  });
});

describe('TimelineFilters', () => {
  const entities = [
    { id: 'company-lynas', name: 'Lynas', kind: 'company' as const },
    { id: 'country-us', name: 'United States', kind: 'country' as const },
  ];
  const sources = [{ id: 'seed:a', title: 'A seed', origin: 'seed' as const }];

  it('adds an entity by name, filters by kind, source and dates, clears', () => {
    const onChange = vi.fn();
    const { rerender } = render(<TimelineFilters values={NO_FILTERS} onChange={onChange} entities={entities} sources={sources} />);
    expect(screen.getByRole('button', { name: 'Clear filters' }).hasAttribute('disabled')).toBe(true);
    const box = screen.getByRole('combobox', { name: 'Entity' });
    fireEvent.keyDown(box, { key: 'Enter', target: { value: 'lynas' } });
    expect(onChange.mock.lastCall![0].entityIds).toEqual(['company-lynas']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Countries' }));
    expect(onChange.mock.lastCall![0].kinds).toEqual(['country']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Source' }), { target: { value: 'seed:a' } });
    expect(onChange.mock.lastCall![0].sourceId).toBe('seed:a');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-06' } });
    expect(onChange.mock.lastCall![0].from).toBe('2025-06');

    const set = { ...NO_FILTERS, entityIds: ['company-lynas'], to: '2026-01' };
    rerender(<TimelineFilters values={set} onChange={onChange} entities={entities} sources={sources} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter: Lynas' }));
    expect(onChange.mock.lastCall![0]).toEqual({ ...set, entityIds: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onChange.mock.lastCall![0]).toEqual(NO_FILTERS);
  });
});

describe('SourceReader', () => {
  const text = `Title line\nFirst sentence here. ${XSS} The chosen sentence.\nLast paragraph.`;
  const start = text.indexOf('The chosen');

  it('highlights the sentence, focuses it, and keeps markup literal', () => {
    const highlight = sentenceAt(text, [], start)!;
    expect(text.slice(highlight.start, highlight.end)).toBe('The chosen sentence.');
    render(<SourceReader title={XSS} meta="ABC · 1 Dec 2025" text={text} highlight={highlight} />);
    const mark = document.getElementById('at')!;
    expect(mark.textContent).toBe('The chosen sentence.');
    expect(document.activeElement).toBe(mark);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(XSS);
    expect(document.querySelectorAll('article p').length).toBe(4); // meta line + 3 paragraphs
  });

  it('prefers the fact that starts at the offset; ignores offsets outside the text', () => {
    expect(sentenceAt(text, [{ start, end: start + 10 }], start)).toEqual({ start, end: start + 10 });
    expect(sentenceAt(text, [], text.length + 5)).toBeUndefined();
    expect(toParagraphs('a\n\nb', { start: 3, end: 4 })).toEqual([
      { start: 0, text: 'a' },
      { start: 3, text: 'b', mark: { start: 0, end: 1 } },
    ]);
  });
});
