import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBrowse } from '../../renderer/src/stores/browse-store';
import { useDetail } from '../../renderer/src/stores/detail-store';
import { useNavigation } from '../../renderer/src/stores/navigation-store';
import { createFakeBridge } from './fake-bridge';
import { renderApp } from './test-setup';

describe('Overview view', () => {
  it('answers in one sentence, each number once, with the next step', async () => {
    const { bridge } = renderApp('overview');
    const answer = await screen.findByRole('heading', {
      level: 2,
      name: /can be shared with other companies/,
    });
    expect(answer.textContent).toBe(
      'All 7,022 (Show them) of your items can be shared with other companies to train their AI. 1,000 (Show them) are public, so any AI company’s crawler can read them, and 1,100 (Show them) may be used to train Grok, the AI of X’s owner.',
    );
    expect(screen.getByTestId('answer-shared').textContent).toBe('7,022');
    expect(await screen.findByRole('button', { name: /^Reduce it: \d+ steps?$/ })).toBeTruthy();
    expect(screen.getByTestId('answer-progress').textContent).toMatch(/^\d+ of \d+ recommended steps done$/);
    expect(bridge.callsTo('overview:get')).toEqual([{ archiveId: 'arch-1' }]);
  });

  it('opens Browse with exactly the filter behind a number, and Back returns', async () => {
    const { bridge } = renderApp('overview');
    fireEvent.click(await screen.findByTestId('answer-public'));
    expect(useNavigation.getState().view).toBe('browse');
    await waitFor(() => expect(bridge.lastCall('items:query')).toMatchObject({ channels: ['openWeb'] }));
    expect(useBrowse.getState().filters.channels).toEqual(['openWeb']);
    fireEvent.click(await screen.findByRole('button', { name: /Back to Overview/ }));
    expect(useNavigation.getState().view).toBe('overview');

    const holds = await screen.findByRole('region', { name: 'What your archive holds' });
    fireEvent.click(within(holds).getByRole('button', { name: /Likes/ }));
    await waitFor(() => expect(bridge.lastCall('items:query')).toMatchObject({ kinds: ['like'] }));
    expect(bridge.lastCall('items:query')).not.toHaveProperty('channels');
    useNavigation.getState().back();

    const reveal = await screen.findByRole('region', { name: 'What your items reveal' });
    fireEvent.click(within(reveal).getByRole('button', { name: /High/ }));
    await waitFor(() => expect(bridge.lastCall('items:query')).toMatchObject({ levels: ['high'] }));
    useNavigation.getState().back();
    fireEvent.click(
      within(await screen.findByRole('region', { name: 'What your items reveal' })).getByRole('button', {
        name: /Politics/,
      }),
    );
    await waitFor(() => expect(bridge.lastCall('items:query')).toMatchObject({ flags: ['politics'] }));
  });

  it('shows the timeline with policy dates and clickable months, undated likes apart, and what is missing', async () => {
    const { bridge } = renderApp('overview');
    const chart = await screen.findByRole('group', { name: /Your items per month/ });
    const months = within(chart).getAllByRole('button');
    expect(months.length).toBeGreaterThan(0);
    const dates = screen.getByRole('list', { name: /policy dates/ });
    expect(dates.textContent).toContain('Third-party collaborators may train AI on your information');
    expect(dates.textContent).toContain('15 Nov 2024');
    expect(screen.getByRole('button', { name: /5,678 likes/ }).textContent).toContain('Likes became private');

    fireEvent.keyDown(months[0]!, { key: 'Enter' });
    await waitFor(() => expect(bridge.lastCall('items:query')).toHaveProperty('from'));
    const { from, to } = bridge.lastCall('items:query') as { from: string; to: string };
    expect(from.slice(0, 7)).toBe(to.slice(0, 7));
    useNavigation.getState().back();

    const holds = await screen.findByRole('region', { name: 'What your archive holds' });
    expect(within(holds).getByRole('button', { name: /Likes/ }).textContent).toContain('5,678');
    expect(holds.textContent).toContain('not in archive');
    const missing = screen.getByRole('region', { name: 'What your archive does not contain' });
    expect(missing.textContent).toContain('Bookmarks');
  });

  it('opens one of the items that matter most in Browse with its detail', async () => {
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
    expect(await screen.findByTestId('answer-shared')).toBeTruthy();
  });
});
