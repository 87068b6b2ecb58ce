import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useOverview } from '../../renderer/src/stores/overview-store';
import { createFakeBridge } from './fake-bridge';
import { makeOverview, makeOwnWordsState } from './fixtures';
import { renderApp } from './test-setup';

const section = () => screen.getByRole('region', { name: 'Your own sensitive words' });

describe('Settings: your own sensitive words', () => {
  it('shows the saved words per category, adds and removes words, and saves them as a re-check', async () => {
    const bridge = createFakeBridge();
    bridge.handle('ownWords:get', () =>
      makeOwnWordsState('arch-1', { family: ['Noah'], location: ['Elm Street'] }),
    );
    renderApp('settings', { bridge });
    useOverview.setState({ byArchive: { 'arch-1': makeOverview() } });
    await waitFor(() => expect(section().textContent).toContain('Elm Street'));
    expect(section().textContent).toContain('your children’s or partner’s names');

    fireEvent.change(within(section()).getByLabelText('A word for Health'), {
      target: { value: '  Sertraline ' },
    });
    fireEvent.click(within(section()).getAllByRole('button', { name: 'Add' })[0]!);
    // The same word twice (in any case) is listed once.
    fireEvent.change(within(section()).getByLabelText('A word for Family'), { target: { value: 'noah' } });
    fireEvent.submit(within(section()).getByLabelText('A word for Family'));
    fireEvent.click(within(section()).getByRole('button', { name: 'Remove Elm Street from Location' }));
    expect(section().textContent).toContain('Sertraline');
    expect(section().textContent).not.toContain('Elm Street');

    bridge.handle('ownWords:get', () =>
      makeOwnWordsState('arch-1', { health: ['Sertraline'], family: ['Noah'] }),
    );
    fireEvent.click(within(section()).getByRole('button', { name: 'Save and check again' }));
    await waitFor(() =>
      expect(bridge.callsTo('ownWords:set')).toEqual([
        { archiveId: 'arch-1', words: { family: ['Noah'], location: [], health: ['Sertraline'] } },
      ]),
    );
    expect((await within(section()).findByRole('status')).textContent).toContain(
      'Every item was checked again',
    );
    expect(useOverview.getState().byArchive['arch-1']).toBeUndefined();
  });

  it('shows the re-check as it runs, and cancelling it changes nothing', async () => {
    const bridge = createFakeBridge();
    bridge.handle('ownWords:set', () => {
      setTimeout(
        () => bridge.emit('job:progress', { jobId: 'own-1', kind: 'ownWords', done: 1000, total: 4000 }),
        0,
      );
      return { jobId: 'own-1' };
    });
    bridge.handle('job:cancel', ({ jobId }) => {
      setTimeout(() => bridge.emit('job:finished', { jobId, kind: 'ownWords', outcome: 'cancelled' }), 0);
    });
    renderApp('settings', { bridge });
    await within(await screen.findByRole('region', { name: 'Your own sensitive words' })).findByLabelText(
      'A word for Family',
    );
    fireEvent.click(within(section()).getByRole('button', { name: 'Save and check again' }));
    const bar = await within(section()).findByRole('progressbar', { name: 'Checking every item again' });
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('25'));
    fireEvent.click(within(section()).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(bridge.callsTo('job:cancel')).toEqual([{ jobId: 'own-1' }]));
    expect((await within(section()).findByRole('alert')).textContent).toContain(
      'Cancelled. Nothing was changed.',
    );
  });

  it('says every archive of the account is checked, and which still wait after a cancel part way', async () => {
    const bridge = createFakeBridge();
    const both = (second: boolean) =>
      makeOwnWordsState(
        'arch-1',
        { family: ['Noah'] },
        {
          archives: [
            { archiveId: 'arch-1', generatedAt: '2026-07-25T12:21:58.798Z', upToDate: true },
            { archiveId: 'arch-0', generatedAt: '2025-01-02T10:00:00.000Z', upToDate: second },
          ],
        },
      );
    bridge.handle('ownWords:get', () => both(true));
    bridge.handle('ownWords:set', () => ({ jobId: 'own-2' }));
    bridge.handle('job:cancel', ({ jobId }) => {
      // The first archive was done before the cancel: the words are kept, the second waits.
      bridge.handle('ownWords:get', () => both(false));
      setTimeout(() => bridge.emit('job:finished', { jobId, kind: 'ownWords', outcome: 'cancelled' }), 0);
    });
    renderApp('settings', { bridge });
    await waitFor(() => expect(section().textContent).toContain('all 2 archives of this account'));
    fireEvent.click(within(section()).getByRole('button', { name: 'Save and check again' }));
    await within(section()).findByRole('progressbar', { name: 'Checking every item again' });
    const cancel = () => within(section()).getByRole<HTMLButtonElement>('button', { name: 'Cancel' });
    await waitFor(() => expect(cancel().disabled).toBe(false));
    fireEvent.click(cancel());
    const alert = await within(section()).findByRole('alert');
    expect(alert.textContent).toContain('Cancelled part way. Your words are saved');
    expect(alert.textContent).toContain('1 archive of this account still waits');
    expect(alert.textContent).not.toContain('Nothing was changed');
  });
});
