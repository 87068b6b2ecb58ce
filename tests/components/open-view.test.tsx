import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useNavigation } from '../../renderer/src/stores/navigation-store';
import { createFakeBridge } from './fake-bridge';
import { makeLibraryEntry } from './fixtures';
import { renderApp } from './test-setup';

describe('Open view', () => {
  it('lists recent archives with account, archive date and counts', async () => {
    const bridge = createFakeBridge();
    bridge.handle('library:list', () => [
      makeLibraryEntry(),
      makeLibraryEntry({
        archiveId: 'arch-2',
        account: { accountId: '7', username: 'grace', displayName: 'Grace Hopper' },
        generatedAt: '2025-01-02T00:00:00.000Z',
        importedAt: '2026-09-01T00:00:00.000Z',
      }),
    ]);
    renderApp('open', { bridge, archive: false });

    const recent = screen.getByRole('region', { name: 'Recent archives' });
    await waitFor(() => expect(within(recent).getAllByRole('listitem')).toHaveLength(2));
    const items = within(recent).getAllByRole('listitem');
    // Newest import first.
    expect(items[0]!.textContent).toContain('@grace');
    expect(items[0]!.textContent).toContain('Archive of 2 Jan 2025');
    expect(items[1]!.textContent).toContain('Ada Lovelace');
    expect(items[1]!.textContent).toContain('1,234 posts');
    expect(items[1]!.textContent).toContain('5,678 likes');
    expect(items[1]!.textContent).toContain('89 messages');

    fireEvent.click(within(items[1]!).getByRole('button', { name: 'Open the archive of @ada' }));
    expect(useNavigation.getState()).toMatchObject({ archiveId: 'arch-1', view: 'overview' });
  });

  it('picks a zip file through the dialog and starts importing it', async () => {
    const { bridge } = renderApp('open', { archive: false });
    fireEvent.click(screen.getByRole('button', { name: 'Choose zip file…' }));
    await waitFor(() =>
      expect(bridge.callsTo('import:start')).toEqual([{ path: '/home/me/twitter-2026-07-25-abc.zip' }]),
    );
    expect(bridge.callsTo('dialog:pickArchive')).toEqual([{ kind: 'file' }]);
    expect(useNavigation.getState().view).toBe('import');
  });

  it('does nothing when the folder dialog is cancelled, and shows dialog errors in words', async () => {
    const bridge = createFakeBridge();
    bridge.handle('dialog:pickArchive', () => ({ path: null }));
    renderApp('open', { bridge, archive: false });
    fireEvent.click(screen.getByRole('button', { name: 'Choose folder…' }));
    await waitFor(() => expect(bridge.callsTo('dialog:pickArchive')).toEqual([{ kind: 'folder' }]));
    expect(bridge.callsTo('import:start')).toEqual([]);

    bridge.handle('dialog:pickArchive', () => {
      throw new Error("Error invoking remote method 'dialog:pickArchive': Error: The dialog could not open.");
    });
    fireEvent.click(screen.getByRole('button', { name: 'Choose folder…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The dialog could not open.');
  });

  it('shows the library error as a readable message with a retry', async () => {
    const bridge = createFakeBridge();
    bridge.handle('library:list', () => {
      throw new Error('The library database is newer than this app. Please update X Exposure.');
    });
    renderApp('open', { bridge, archive: false });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The library database is newer than this app.');
    bridge.handle('library:list', () => []);
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No archive imported yet. Open one to begin.')).toBeTruthy();
  });

  it('imports a dropped file by its path', async () => {
    const { bridge } = renderApp('open', { archive: false });
    const file = new File(['zip'], 'twitter.zip', { type: 'application/zip' });
    Object.defineProperty(file, 'path', { value: '/drops/twitter.zip' });
    fireEvent.drop(window, { dataTransfer: { files: [file], items: [], types: ['Files'] } });
    await waitFor(() => expect(bridge.callsTo('import:start')).toEqual([{ path: '/drops/twitter.zip' }]));
  });

  it('falls back to the picker with a message when a dropped file has no path', async () => {
    const { bridge } = renderApp('open', { archive: false });
    const file = new File(['zip'], 'twitter.zip', { type: 'application/zip' });
    fireEvent.drop(window, { dataTransfer: { files: [file], items: [], types: ['Files'] } });
    expect((await screen.findByRole('status')).textContent).toContain(
      'could not read where “twitter.zip” is stored',
    );
    await waitFor(() => expect(bridge.callsTo('dialog:pickArchive')).toEqual([{ kind: 'file' }]));
  });

  it('guides the user to X’s download page and marks the waiting time uncertain', () => {
    renderApp('open', { archive: false });
    const guide = screen.getByRole('region', { name: 'How to get your archive from X' });
    expect(guide.textContent).toContain(
      'Settings and privacy → Your account → Download an archive of your data',
    );
    expect(guide.textContent).toContain('about 24 hours');
    expect(within(guide).getByText('uncertain')).toBeTruthy();
  });
});
