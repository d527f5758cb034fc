// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { SiteAccess } from '../../../components/SiteAccess';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('SiteAccess (always-on per site, from the popup)', () => {
  it('on a site not granted: offers "Always annotate <host>" and asks the browser for that one origin', async () => {
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(false as never);
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    render(<SiteAccess url="https://www.mining.example/news/a?b=1" />);
    const button = await screen.findByRole('button', { name: 'Always annotate www.mining.example' });
    fireEvent.click(button);
    await waitFor(() => expect(request).toHaveBeenCalledWith({ origins: ['https://www.mining.example/*'] }));
    expect(await screen.findByText('Always on for www.mining.example.')).toBeTruthy();
  });

  it('says so when the browser refuses, and offers to go back to on-click once granted', async () => {
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(false as never);
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(false as never);
    render(<SiteAccess url="https://a.example/x" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Always annotate a.example' }));
    expect((await screen.findByRole('alert')).textContent).toContain('did not grant access to a.example');
    cleanup();
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true as never);
    const remove = vi.spyOn(browser.permissions, 'remove').mockResolvedValue(true as never);
    render(<SiteAccess url="https://a.example/x" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Only on click' }));
    await waitFor(() => expect(remove).toHaveBeenCalledWith({ origins: ['https://a.example/*'] }));
  });

  it('pre-granted sample hosts need nothing; browser pages show nothing; a throwing API is survived', async () => {
    render(<SiteAccess url="http://127.0.0.1:4000/news/a.html" />);
    expect(await screen.findByText(/Always on for 127\.0\.0\.1/)).toBeTruthy();
    cleanup();
    const { container } = render(<SiteAccess url="chrome://extensions" />);
    expect(container.textContent).toBe('');
    cleanup();
    vi.spyOn(browser.permissions, 'contains').mockImplementation(() => {
      throw new Error('not implemented');
    });
    render(<SiteAccess url="https://b.example/" />);
    expect(await screen.findByRole('button', { name: 'Always annotate b.example' })).toBeTruthy();
  });
});
