import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDetail } from '../../renderer/src/stores/detail-store';
import { useNavigation } from '../../renderer/src/stores/navigation-store';
import { createFakeBridge } from './fake-bridge';
import { renderApp } from './test-setup';

describe('Overview view', () => {
  it('states the headline numbers from the summary', async () => {
    const { bridge } = renderApp('overview');
    expect((await screen.findByTestId('headline-in-scope')).textContent).toBe('7,022');
    // Public = public + assumed public posts (900 + 234).
    expect(screen.getByTestId('headline-public').textContent).toBe('1,134');
    expect(screen.getByTestId('headline-sensitive').textContent).toBe('57');
    expect(
      screen.getByRole('heading', { level: 2, name: /of your items are in scope of third-party AI training/ })
        .textContent,
    ).toBe(
      '7,022 of your items are in scope of third-party AI training; 1,134 were public; 57 look sensitive.',
    );
    expect(screen.getByText(/For 234 posts this is assumed: X keeps only about six months/)).toBeTruthy();
    expect(bridge.callsTo('overview:get')).toEqual([{ archiveId: 'arch-1' }]);
  });

  it('shows counts per channel and per kind, the timeline with policy dates, and what is missing', async () => {
    renderApp('overview');
    const channels = await screen.findByRole('region', { name: 'Ways your data can reach AI training' });
    expect(
      within(channels).getByRole('heading', { name: 'Grok / xAI training' }).parentElement!.textContent,
    ).toContain('1,100');
    expect(within(channels).getByRole('heading', { name: 'Open web' }).parentElement!.textContent).toContain(
      '1,000',
    );

    const holds = screen.getByRole('region', { name: 'What your archive holds' });
    expect(within(holds).getByRole('row', { name: /Likes/ }).textContent).toContain('5,678');
    expect(within(holds).getByRole('row', { name: /Bookmarks/ }).textContent).toContain('not in archive');

    const chart = screen.getByRole('img', { name: /Your items per month/ });
    expect(chart.textContent).toContain('Third-party collaborators may train AI on your information');
    expect(chart.textContent).toContain('15 Nov 2024');
    expect(screen.getByText(/5,678 likes/)).toBeTruthy();

    const missing = screen.getByRole('region', { name: 'What your archive does not contain' });
    expect(missing.textContent).toContain('Bookmarks');
    expect(missing.textContent).toContain('yet X holds them');
  });

  it('opens a top sensitive item in Browse with its detail', async () => {
    const { bridge } = renderApp('overview');
    fireEvent.click(await screen.findByRole('button', { name: /Call me on/ }));
    expect(useNavigation.getState().view).toBe('browse');
    await waitFor(() => expect(bridge.lastCall('items:detail')).toEqual({ archiveId: 'arch-1', itemId: 11 }));
    expect(useDetail.getState().itemId).toBe(11);
  });

  it('shows an engine error with a retry', async () => {
    const bridge = createFakeBridge();
    bridge.handle('overview:get', () => {
      throw new Error('This archive was forgotten. Import it again to see it.');
    });
    renderApp('overview', { bridge });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This archive was forgotten.');
    bridge.handle('overview:get', createFakeBridge().api.getOverview as never);
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('headline-in-scope')).toBeTruthy();
  });
});
