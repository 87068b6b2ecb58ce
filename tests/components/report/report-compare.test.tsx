import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLibrary } from '../../../renderer/src/stores/library-store';
import { createFakeBridge } from '../fake-bridge';
import { makeLibraryEntry } from '../fixtures';
import { makeReportModel } from './fixtures';
import { renderApp } from '../test-setup';

const current = makeLibraryEntry();
const account = current.account;
const older = makeLibraryEntry({ archiveId: 'older-1', generatedAt: '2026-03-01T10:00:00.000Z', account });
const newer = makeLibraryEntry({ archiveId: 'newer-1', generatedAt: '2026-09-01T10:00:00.000Z', account });
const stranger = makeLibraryEntry({
  archiveId: 'other-1',
  generatedAt: '2026-01-01T10:00:00.000Z',
  account: { ...account, accountId: '999', username: 'someone' },
});

describe('Report view: compare with an older archive', () => {
  it('offers no choice when the account has no older archive', async () => {
    const bridge = createFakeBridge();
    bridge.handle('library:list', () => [current, newer, stranger]);
    renderApp('report', { bridge });
    await screen.findByRole('region', { name: 'Report preview' });
    await waitFor(() => expect(useLibrary.getState().entries).toHaveLength(3));
    expect(screen.queryByRole('combobox', { name: 'Compare with' })).toBeNull();
  });

  it('lists only older archives of the same account and asks for the comparison', async () => {
    const bridge = createFakeBridge();
    bridge.handle('library:list', () => [current, newer, older, stranger]);
    bridge.handle('report:build', (req) =>
      bridge.job('report', () => ({
        ...makeReportModel({ redactText: req.redactText, paper: req.paper }),
        ...(req.compareWith
          ? {
              comparison: {
                status: 'failed' as const,
                olderArchiveId: req.compareWith,
                note: 'Compared note.',
              },
            }
          : {}),
      })),
    );
    renderApp('report', { bridge });
    const select = await screen.findByRole('combobox', { name: 'Compare with' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.getAttribute('value')),
    ).toEqual(['', 'older-1']);
    expect(bridge.lastCall('report:build')).toEqual({
      archiveId: current.archiveId,
      redactText: false,
      paper: 'a4',
    });
    fireEvent.change(select, { target: { value: 'older-1' } });
    await waitFor(() =>
      expect(bridge.lastCall('report:build')).toEqual({
        archiveId: current.archiveId,
        redactText: false,
        paper: 'a4',
        compareWith: 'older-1',
      }),
    );
    const preview = screen.getByRole('region', { name: 'Report preview' });
    expect(await within(preview).findByText('Compared note.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save as HTML…' }));
    await waitFor(() => expect(bridge.lastCall('report:saveHtml')?.compareWith).toBe('older-1'));
  });
});
