import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeBridge } from '../fake-bridge';
import { renderApp } from '../test-setup';

async function openDialog(bridge = createFakeBridge()) {
  renderApp('bookmarks', { bridge });
  expect(await screen.findByText('No bookmarks imported into this archive yet.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Import a bookmarks file…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import bookmarks' });
  await within(dialog).findByText(/bookmarks\.csv: CSV, 3 rows/);
  return { bridge, dialog };
}

const select = (dialog: HTMLElement, label: string) =>
  within(dialog).getByRole('combobox', { name: label }) as HTMLSelectElement;

describe('Bookmarks view and import dialog', () => {
  it('previews the picked file with the recognised columns before writing anything', async () => {
    const { bridge, dialog } = await openDialog();
    expect(bridge.callsTo('bookmarks:preview')).toEqual([{ path: '/home/me/bookmarks.csv' }]);
    expect(select(dialog, 'Link to the post').value).toBe('Tweet URL');
    expect(select(dialog, 'Author (@handle)').value).toBe('');
    expect(select(dialog, 'Text').value).toBe('Tweet Text');
    expect(dialog.textContent).toContain('2 posts would be imported');
    // Archive text is shown as text.
    expect(within(dialog).getByText('First <b>saved</b> post')).toBeTruthy();
    expect(dialog.querySelector('b')).toBeNull();
    expect(within(dialog).getByRole('list', { name: 'Problems in the file' }).textContent).toContain(
      'No post id or link to a post on x.com, so the row is skipped (1 row: 3)',
    );
    expect(bridge.callsTo('bookmarks:import')).toHaveLength(0);
  });

  it('re-previews with the changed mapping and blocks the import when no column holds the post', async () => {
    const { bridge, dialog } = await openDialog();
    fireEvent.change(select(dialog, 'Link to the post'), { target: { value: '' } });
    await waitFor(() =>
      expect(bridge.lastCall('bookmarks:preview')).toEqual({
        path: '/home/me/bookmarks.csv',
        mapping: { text: 'Tweet Text', date: 'Saved' },
      }),
    );
    expect(await within(dialog).findByText(/Cannot import: No column holds post ids or links/)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Import' })).toHaveProperty('disabled', true);
  });

  it('moves a column from one field to another instead of mapping it twice', async () => {
    const { bridge, dialog } = await openDialog();
    fireEvent.change(select(dialog, 'Author (@handle)'), { target: { value: 'Tweet Text' } });
    await waitFor(() =>
      expect(bridge.lastCall('bookmarks:preview')?.mapping).toEqual({
        postUrl: 'Tweet URL',
        author: 'Tweet Text',
        date: 'Saved',
      }),
    );
  });

  it('imports with the mapping shown, then refreshes the library and says what happened', async () => {
    const { bridge, dialog } = await openDialog();
    fireEvent.change(select(dialog, 'Author (@handle)'), { target: { value: 'Who' } });
    await waitFor(() => expect(bridge.callsTo('bookmarks:preview')).toHaveLength(2));
    const libraryCalls = bridge.callsTo('library:list').length;
    bridge.handle('bookmarks:state', () => ({
      fileName: 'bookmarks.csv',
      importedAt: '2026-08-01T10:00:00.000Z',
      imported: 2,
      merged: 0,
    }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Import 2 bookmarks' }));
    await waitFor(() =>
      expect(bridge.callsTo('bookmarks:import')).toEqual([
        {
          archiveId: 'arch-1',
          path: '/home/me/bookmarks.csv',
          mapping: { postUrl: 'Tweet URL', author: 'Who', text: 'Tweet Text', date: 'Saved' },
        },
      ]),
    );
    expect((await screen.findByRole('status')).textContent).toBe('Imported 2 bookmarks; 1 row was left out.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(
      await screen.findByText(/2 bookmarks from bookmarks\.csv, imported 1 Aug 2026, 10:00 UTC/),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Replace with a newer export…' })).toBeTruthy();
    expect(bridge.callsTo('library:list').length).toBeGreaterThan(libraryCalls);
  });

  it('opens no dialog when the file picker is cancelled, and closes with Escape', async () => {
    const bridge = createFakeBridge();
    bridge.handle('bookmarks:pickFile', () => ({ path: null }));
    renderApp('bookmarks', { bridge });
    fireEvent.click(await screen.findByRole('button', { name: 'Import a bookmarks file…' }));
    await waitFor(() => expect(bridge.callsTo('bookmarks:pickFile')).toHaveLength(1));
    expect(screen.queryByRole('dialog')).toBeNull();

    bridge.handle('bookmarks:pickFile', () => ({ path: '/home/me/bookmarks.csv' }));
    fireEvent.click(screen.getByRole('button', { name: 'Import a bookmarks file…' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows a file the engine refuses', async () => {
    const bridge = createFakeBridge();
    bridge.handle('bookmarks:preview', () => {
      throw new Error('latin1.csv: the file is not UTF-8 text');
    });
    renderApp('bookmarks', { bridge });
    fireEvent.click(await screen.findByRole('button', { name: 'Import a bookmarks file…' }));
    const dialog = await screen.findByRole('dialog');
    expect((await within(dialog).findByRole('alert')).textContent).toContain('the file is not UTF-8 text');
  });
});
