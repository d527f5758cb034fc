// @vitest-environment happy-dom
// Issue 13: the card's "Not this" — closed by default; open, four choices whose accessible names
// say the whole choice (a contract the e2e suite clicks by) and hold the visible words (drawn by
// CSS from data-t, CardText), each hiding what it says.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardNotThis } from '../../../components/CardNotThis';

afterEach(cleanup);

describe('CardNotThis', () => {
  it('opens four choices: the name or the entity, on the site or everywhere', () => {
    const onHide = vi.fn();
    render(<CardNotThis entityName="Lynas Rare Earths" notThis={{ form: 'Lynas', site: 'news.example', onHide }} />);
    expect(screen.queryByRole('group', { name: 'Not this' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Not this' }));
    expect(screen.getByRole('button', { name: 'Not this' }).getAttribute('aria-expanded')).toBe('true');
    const group = screen.getByRole('group', { name: 'Not this' });
    expect([...group.querySelectorAll('button')].map((b) => [b.getAttribute('aria-label'), b.querySelector('[data-t]')?.getAttribute('data-t')])).toEqual([
      ['Hide the name “Lynas” on news.example', 'on news.example'],
      ['Hide the name “Lynas” everywhere', 'everywhere'],
      ['Hide Lynas Rare Earths, all its names, on news.example', 'on news.example'],
      ['Hide Lynas Rare Earths, all its names, everywhere', 'everywhere'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Hide the name “Lynas” on news.example' }));
    fireEvent.click(screen.getByRole('button', { name: 'Hide Lynas Rare Earths, all its names, everywhere' }));
    expect(onHide.mock.calls).toEqual([
      ['form', 'site'],
      ['entity', 'everywhere'],
    ]);
  });

  it('says "this site" when the page has no host, and shows markup as text', () => {
    render(<CardNotThis entityName="<b>X</b> Co" notThis={{ form: '<img src=x>', site: '', onHide: () => undefined }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Not this' }));
    expect(screen.getByRole('button', { name: 'Hide the name “<img src=x>” on this site' })).toBeTruthy();
    expect(document.querySelector('img, b')).toBeNull();
  });

  it('says why a choice was not kept, as an alert inside the open choices', () => {
    const notThis = { form: 'Lynas', site: 'news.example', onHide: () => undefined };
    const { rerender } = render(<CardNotThis entityName="Lynas Rare Earths" notThis={notThis} />);
    fireEvent.click(screen.getByRole('button', { name: 'Not this' }));
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(<CardNotThis entityName="Lynas Rare Earths" notThis={{ ...notThis, error: 'Not hidden: the disk is full' }} />);
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('[data-t]')?.getAttribute('data-t')).toBe('Not hidden: the disk is full');
    expect(screen.getByRole('group', { name: 'Not this' }).contains(alert)).toBe(true);
  });
});
