// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityChips, toggleSelection, type PageEntity } from '../../../components/EntityChips';
import { PopupHeader } from '../../../components/PopupHeader';
import { RelatedEntities } from '../../../components/RelatedEntities';

afterEach(cleanup);

const PAGE: PageEntity[] = [
  { id: 'company-mp-materials', name: 'MP Materials', kind: 'company', count: 5 },
  { id: 'country-us', name: 'United States', kind: 'country', count: 1 },
];

function Harness({ onChange }: { onChange: (s: ReadonlySet<string> | null) => void }) {
  const [selected, setSelected] = useState<ReadonlySet<string> | null>(null);
  return (
    <EntityChips
      entities={PAGE}
      selected={selected}
      onChange={(s) => {
        setSelected(s);
        onChange(s);
      }}
    />
  );
}

describe('EntityChips', () => {
  it('"All on this page" is pressed by default; chips carry kind and count in their names', () => {
    render(<Harness onChange={() => {}} />);
    expect(screen.getByRole('button', { name: 'All on this page' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'MP Materials, company, 5 mentions' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'United States, country, 1 mention' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Entities on this page' })).toBeTruthy();
  });

  it('choosing chips narrows, choosing "All" clears', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: /^MP Materials/ }));
    expect([...onChange.mock.lastCall![0]]).toEqual(['company-mp-materials']);
    expect(screen.getByRole('button', { name: 'All on this page' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: /^MP Materials/ }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: /^United States/ }));
    expect([...onChange.mock.lastCall![0]].sort()).toEqual(['company-mp-materials', 'country-us']);
    fireEvent.click(screen.getByRole('button', { name: 'All on this page' }));
    expect(onChange.mock.lastCall![0]).toBeNull();
    expect(screen.getByRole('button', { name: /^MP Materials/ }).getAttribute('aria-pressed')).toBe('false');
  });

  it('un-choosing the last chip goes back to all', () => {
    expect(toggleSelection(new Set(['a']), 'a')).toBeNull();
    expect([...toggleSelection(null, 'a')!]).toEqual(['a']);
  });

  it('reserves space with skeleton chips while names load', () => {
    render(<EntityChips entities={[]} selected={null} onChange={() => {}} loadingCount={3} />);
    expect(document.querySelectorAll('.chip-skeleton')).toHaveLength(3);
  });
});

describe('PopupHeader', () => {
  const base = {
    pageTitle: 'A page',
    entityCount: 3,
    saved: false,
    unsavableReason: null,
    saving: false,
    onSave: () => {},
    libraryHref: '/library.html#/timeline',
  };

  it('offers "Save article" on an unsaved page and reports the count', () => {
    const onSave = vi.fn();
    render(<PopupHeader {...base} onSave={onSave} />);
    const save = screen.getByRole('button', { name: 'Save article' });
    expect(save.hasAttribute('disabled')).toBe(false);
    fireEvent.click(save);
    expect(onSave).toHaveBeenCalledOnce();
    expect(screen.getByText('3 entities mentioned')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open library' }).getAttribute('href')).toBe('/library.html#/timeline');
  });

  it('says "Saved — update" on a saved page', () => {
    render(<PopupHeader {...base} saved entityCount={1} />);
    expect(screen.getByRole('button', { name: 'Saved — update' })).toBeTruthy();
    expect(screen.getByText(/1 entity mentioned/)).toBeTruthy();
  });

  it('is disabled with an explanation when the page cannot be saved', () => {
    render(<PopupHeader {...base} readable={false} entityCount={0} unsavableReason="Browsers do not let extensions read the Chrome Web Store." />);
    const save = screen.getByRole('button', { name: /^Save/ });
    expect(save.hasAttribute('disabled')).toBe(true);
    expect(document.getElementById(save.getAttribute('aria-describedby')!)!.textContent).toBe('Browsers do not let extensions read the Chrome Web Store.');
    expect(screen.getByText('Lodestone can’t read this page')).toBeTruthy();
  });

  it('announces the save result', () => {
    render(<PopupHeader {...base} message={{ tone: 'error', text: 'Could not save: no article.' }} />);
    expect(screen.getByRole('status').textContent).toBe('Could not save: no article.');
  });
});

describe('RelatedEntities', () => {
  it('links each to its entity page with the shared-fact count', () => {
    render(<RelatedEntities items={[{ id: 'company-lynas', name: 'Lynas', kind: 'company', shared: 2 }]} />);
    const link = screen.getByRole('link', { name: 'Lynas, company, 2 shared facts' });
    expect(link.getAttribute('href')).toBe('/library.html#/entity/company-lynas');
    expect(screen.getByRole('heading', { name: 'Related entities' })).toBeTruthy();
  });
  it('renders nothing when there are none', () => {
    const { container } = render(<RelatedEntities items={[]} />);
    expect(container.textContent).toBe('');
  });
});

describe('EntityChips with many entities', () => {
  const many: PageEntity[] = Array.from({ length: 20 }, (_, i) => ({ id: `company-c${i}`, name: `Company ${i}`, kind: 'company', count: 20 - i }));

  it('shows the first twelve, then all on request; a chosen chip stays visible', () => {
    const { rerender } = render(<EntityChips entities={many} selected={null} onChange={() => {}} />);
    expect(screen.getAllByRole('button', { name: /^Company \d+, company/ })).toHaveLength(12);
    const more = screen.getByRole('button', { name: 'Show all 20' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(screen.getAllByRole('button', { name: /^Company \d+, company/ })).toHaveLength(20);
    expect(screen.getByRole('button', { name: 'Show fewer' }).getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Show fewer' }));
    rerender(<EntityChips entities={many} selected={new Set(['company-c15'])} onChange={() => {}} />);
    expect(screen.getAllByRole('button', { name: /^Company \d+, company/ })).toHaveLength(13);
    expect(screen.getByRole('button', { name: 'Company 15, company, 5 mentions' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('does not hide just one or two chips', () => {
    render(<EntityChips entities={many.slice(0, 14)} selected={null} onChange={() => {}} />);
    expect(screen.getAllByRole('button', { name: /^Company \d+, company/ })).toHaveLength(14);
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
  });
});
