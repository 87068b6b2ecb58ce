import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeBridge } from './fake-bridge';
import { makeOverview } from './fixtures';
import { renderApp } from './test-setup';

const notice = () => screen.findByRole('region', { name: 'Your own sensitive words changed' });

describe('Overview: an archive waiting to be checked with your own words', () => {
  it('is checked again as soon as it is opened, then the overview is read again', async () => {
    const bridge = createFakeBridge();
    let pending = true;
    bridge.handle('overview:get', () => makeOverview({ ownWordsPending: pending }));
    bridge.handle('ownWords:recheck', ({ archiveId }) => {
      pending = false;
      return bridge.job('ownWords', () => ({
        words: {},
        archives: [{ archiveId, generatedAt: null, upToDate: true }],
        summary: makeOverview().summary,
        rechecked: [archiveId],
      }));
    });
    renderApp('overview', { bridge });
    expect((await notice()).textContent).toContain('its levels do not count them yet');
    await waitFor(() => expect(bridge.callsTo('overview:get')).toHaveLength(2));
    expect(bridge.callsTo('ownWords:recheck')).toEqual([{ archiveId: 'arch-1' }]);
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Your own sensitive words changed' })).toBeNull(),
    );
  });

  it('says so and offers the check again when it was cancelled', async () => {
    const bridge = createFakeBridge();
    bridge.handle('overview:get', () => makeOverview({ ownWordsPending: true }));
    bridge.handle('ownWords:recheck', () => ({ jobId: 'own-3' }));
    bridge.handle('job:cancel', ({ jobId }) => {
      setTimeout(() => bridge.emit('job:finished', { jobId, kind: 'ownWords', outcome: 'cancelled' }), 0);
    });
    renderApp('overview', { bridge });
    const region = await notice();
    const cancel = () => within(region).getByRole<HTMLButtonElement>('button', { name: 'Cancel' });
    await waitFor(() => expect(cancel().disabled).toBe(false));
    fireEvent.click(cancel());
    await within(region).findByRole('button', { name: 'Check it now' });
    expect(region.textContent).toContain('nothing was changed');
    fireEvent.click(within(region).getByRole('button', { name: 'Check it now' }));
    await waitFor(() => expect(bridge.callsTo('ownWords:recheck')).toHaveLength(2));
  });
});
