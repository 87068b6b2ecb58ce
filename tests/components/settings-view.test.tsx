import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLibrary } from '../../renderer/src/stores/library-store';
import { useNavigation } from '../../renderer/src/stores/navigation-store';
import { useOverview } from '../../renderer/src/stores/overview-store';
import { createFakeBridge } from './fake-bridge';
import { makeOverview, makeVisibility } from './fixtures';
import { renderApp } from './test-setup';

const section = () => screen.getByRole('region', { name: 'When was your account protected?' });

describe('Settings view', () => {
  it('shows the archive’s protected periods and says X keeps only about six months', async () => {
    renderApp('settings');
    await waitFor(() => expect(section().textContent).toContain('Protected from 1 Mar 2025 to 1 Apr 2025'));
    expect(section().textContent).toContain('X keeps only about six months of this history');
    // The form starts from the archive's ranges.
    expect((screen.getByLabelText('Period 1: protected from') as HTMLInputElement).value).toBe('2025-03-01');
    expect((screen.getByLabelText('Period 1: protected until') as HTMLInputElement).value).toBe('2025-04-01');
  });

  it('saves corrected ranges, re-checks, and drops cached results', async () => {
    const bridge = createFakeBridge();
    renderApp('settings', { bridge });
    useOverview.setState({ byArchive: { 'arch-1': makeOverview() } });
    await screen.findByLabelText('Period 1: protected from');

    fireEvent.click(screen.getByRole('button', { name: 'Add a period' }));
    fireEvent.change(screen.getByLabelText('Period 2: protected from'), { target: { value: '2021-05-01' } });
    fireEvent.click(within(section()).getAllByRole('checkbox', { name: 'still protected' })[1]!);
    expect(screen.getByLabelText('Period 2: protected until')).toHaveProperty('disabled', true);

    bridge.handle('visibility:get', () =>
      makeVisibility({
        userRanges: [
          { from: '2021-05-01', to: null },
          { from: '2025-03-01', to: '2025-04-01' },
        ],
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save and re-check' }));
    await waitFor(() =>
      expect(bridge.callsTo('visibility:set')).toEqual([
        {
          archiveId: 'arch-1',
          ranges: [
            { from: '2021-05-01', to: null },
            { from: '2025-03-01', to: '2025-04-01' },
          ],
        },
      ]),
    );
    expect((await screen.findByRole('status')).textContent).toContain('Saved.');
    expect(useOverview.getState().byArchive['arch-1']).toBeUndefined();
    expect(screen.getByRole('heading', { name: 'Your correction (in use)' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Go back to the archive’s history' }));
    await waitFor(() =>
      expect(bridge.lastCall('visibility:set')).toEqual({ archiveId: 'arch-1', ranges: null }),
    );
  });

  it('shows the re-check as it runs, and cancelling it changes nothing', async () => {
    const bridge = createFakeBridge();
    // A job that reports progress and waits for Cancel, as the engine does with a large archive.
    bridge.handle('visibility:set', () => {
      setTimeout(
        () => bridge.emit('job:progress', { jobId: 'vis-1', kind: 'visibility', done: 5000, total: 20000 }),
        0,
      );
      return { jobId: 'vis-1' };
    });
    bridge.handle('job:cancel', ({ jobId }) => {
      setTimeout(() => bridge.emit('job:finished', { jobId, kind: 'visibility', outcome: 'cancelled' }), 0);
    });
    renderApp('settings', { bridge });
    await screen.findByLabelText('Period 1: protected from');
    fireEvent.click(screen.getByRole('button', { name: 'Save and re-check' }));
    const bar = await screen.findByRole('progressbar', { name: 'Checking every item again' });
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('25'));
    fireEvent.click(within(section()).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(bridge.callsTo('job:cancel')).toEqual([{ jobId: 'vis-1' }]));
    expect((await screen.findByRole('alert')).textContent).toContain('Cancelled. Nothing was changed.');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('refuses a period that ends before it starts', async () => {
    const { bridge } = renderApp('settings');
    await screen.findByLabelText('Period 1: protected from');
    fireEvent.change(screen.getByLabelText('Period 1: protected until'), { target: { value: '2025-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and re-check' }));
    expect((await screen.findByRole('alert')).textContent).toContain('an end date on or after it');
    expect(bridge.callsTo('visibility:set')).toEqual([]);
  });

  it('says when the archive has no protect history', async () => {
    const bridge = createFakeBridge();
    bridge.handle('visibility:get', () => makeVisibility({ fromArchive: [], hasHistory: false }));
    renderApp('settings', { bridge });
    await waitFor(() => expect(section().textContent).toContain('assumed to have been public'));
  });

  it('forgets the archive only after confirmation', async () => {
    const { bridge } = renderApp('settings');
    await waitFor(() => expect(useLibrary.getState().entries).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Forget @ada…' }));
    const dialog = screen.getByRole('dialog', { name: 'Forget @ada?' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bridge.callsTo('archive:forget')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Forget @ada…' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Forget archive' }));
    await waitFor(() => expect(bridge.callsTo('archive:forget')).toEqual([{ archiveId: 'arch-1' }]));
    await waitFor(() => expect(useNavigation.getState()).toMatchObject({ archiveId: null, view: 'open' }));
    expect(useLibrary.getState().entries).toEqual([]);
  });
});
