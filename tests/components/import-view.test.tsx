import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../shared/model/progress';
import { useImport } from '../../renderer/src/stores/import-store';
import { useNavigation } from '../../renderer/src/stores/navigation-store';
import { makeSummary } from './fixtures';
import { renderApp } from './test-setup';

const progress = (patch: Partial<ImportProgress> = {}): ImportProgress => ({
  jobId: 'job-1',
  step: 'reading',
  bytesDone: 25_000_000,
  bytesTotal: 100_000_000,
  recordsDone: 12_345,
  currentFile: { path: 'data/tweets.js', bytesDone: 5_000_000, bytesTotal: 20_000_000, records: 4_000 },
  filesDone: 2,
  filesTotal: 9,
  elapsedMs: 10_000,
  ...patch,
});

async function startImport() {
  const app = renderApp('import', { archive: false });
  // The app listens from start-up, before any import.
  expect(app.bridge.listenerCount('import:progress')).toBe(1);
  await act(() => useImport.getState().start('/home/me/archive.zip'));
  return app;
}

describe('Import view', () => {
  it('shows overall and current-file progress, records, bytes, elapsed and remaining time', async () => {
    const { bridge } = await startImport();
    expect(bridge.callsTo('import:start')).toEqual([{ path: '/home/me/archive.zip' }]);
    act(() => bridge.emit('import:progress', progress()));

    const overall = screen.getByRole('progressbar', { name: 'Overall progress' });
    expect(overall.getAttribute('aria-valuenow')).toBe('25');
    expect(
      screen.getByRole('progressbar', { name: 'Current file progress' }).getAttribute('aria-valuenow'),
    ).toBe('25');
    const panel = screen.getByRole('region', { name: 'Reading your data' });
    expect(panel.textContent).toContain('25.0 MB of 100 MB');
    expect(panel.textContent).toContain('data/tweets.js');
    expect(panel.textContent).toContain('4,000 records');
    expect(panel.textContent).toContain('12,345');
    expect(panel.textContent).toContain('2 of 9');
    expect(panel.textContent).toContain('10 s');
    // A quarter done in 10 s: about 30 s to go.
    expect(panel.textContent).toContain('about 30 s');
    // Progress is announced politely, by step and file, not every tick.
    expect(panel.querySelector('[aria-live="polite"]')?.textContent).toContain('file 3 of 9');
  });

  it('Cancel asks the engine to cancel the job, then says the library is unchanged', async () => {
    const { bridge } = await startImport();
    act(() => bridge.emit('import:progress', progress()));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    await waitFor(() => expect(bridge.callsTo('import:cancel')).toEqual([{ jobId: 'job-1' }]));
    expect(screen.getByRole('button', { name: 'Cancelling…' })).toHaveProperty('disabled', true);
    act(() => bridge.emit('import:finished', { jobId: 'job-1', outcome: 'cancelled' }));
    expect(screen.getByRole('heading', { name: 'Import cancelled' })).toBeTruthy();
    expect(screen.getByText('Nothing was added; your library is exactly as it was.')).toBeTruthy();
    // Late events of the finished job change nothing.
    act(() => bridge.emit('import:progress', progress({ bytesDone: 99_000_000 })));
    expect(screen.getByRole('heading', { name: 'Import cancelled' })).toBeTruthy();
  });

  it('catches the outcome of an import that finishes before its job id comes back', async () => {
    const app = renderApp('import', { archive: false });
    app.bridge.handle('import:start', () => {
      app.bridge.emit('import:finished', { jobId: 'job-9', outcome: 'done', summary: makeSummary() });
      return { jobId: 'job-9' };
    });
    await act(() => useImport.getState().start('/home/me/tiny.zip'));
    expect(await screen.findByRole('heading', { name: /archive is ready/ })).toBeTruthy();
  });

  it('ignores events of another job', async () => {
    const { bridge } = await startImport();
    act(() => bridge.emit('import:progress', progress({ jobId: 'other', bytesDone: 90_000_000 })));
    act(() => bridge.emit('import:finished', { jobId: 'other', outcome: 'cancelled' }));
    expect(screen.queryByRole('heading', { name: 'Import cancelled' })).toBeNull();
    expect(screen.getByRole('progressbar', { name: 'Overall progress' }).getAttribute('aria-valuenow')).toBe(
      '0',
    );
  });

  it('ends with a table of every kind of data, its status, records and reason in plain words', async () => {
    const { bridge } = await startImport();
    act(() => bridge.emit('import:finished', { jobId: 'job-1', outcome: 'done', summary: makeSummary() }));

    const table = await screen.findByRole('table', { name: /Data in the archive/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(6);
    const text = rows.map((r) => r.textContent);
    // Problems first, named by what they hold, never by file.
    expect(text[0]).toContain('Direct messages');
    expect(text[0]).toContain('Error');
    expect(text[0]).toContain('The file ends in the middle of a record.');
    expect(text.find((t) => t?.startsWith('Posts') && t.includes('Missing'))).toContain('not in the archive');
    expect(text.find((t) => t?.includes('Other data “spaces metadata” included (1 file)'))).toContain(
      'does not read yet',
    );
    expect(text.find((t) => t?.startsWith('Bookmarks'))).toContain('holds no records');
    expect(text.find((t) => t?.startsWith('Likes'))).toContain('5,678');
    expect(table.textContent).not.toMatch(/\.js\b|spacesMetadata/);
    const names = screen.getByText(/^File names/).closest('details')!;
    expect(names.open).toBe(false);
    expect(names.textContent).toContain('data/spaces-metadata.js');
    expect(screen.getByText(/partly imported/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'See what is exposed' }));
    expect(useNavigation.getState()).toMatchObject({ view: 'overview', archiveId: 'arch-1' });
  });

  it('asks before a damaged copy replaces a complete import, and replaces it only when confirmed', async () => {
    const { bridge } = await startImport();
    const refused = {
      jobId: 'job-1',
      outcome: 'error' as const,
      message: '/home/me/archive.zip: this copy could not be read completely (1 file damaged or unreadable)',
      canReplace: true as const,
    };
    act(() => bridge.emit('import:finished', refused));
    const dialog = await screen.findByRole('dialog', { name: 'Keep the complete copy you already have?' });
    expect(dialog.textContent).toContain('It was kept.');
    // Keeping it closes the question and leaves the error in view; nothing else is started.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep the complete copy' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bridge.callsTo('import:start')).toEqual([{ path: '/home/me/archive.zip' }]);

    await act(() => useImport.getState().start('/home/me/archive.zip'));
    act(() => bridge.emit('import:finished', refused));
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Replace it with this copy' }),
    );
    await waitFor(() =>
      expect(bridge.callsTo('import:start')).toEqual([
        { path: '/home/me/archive.zip' },
        { path: '/home/me/archive.zip' },
        { path: '/home/me/archive.zip', replace: true },
      ]),
    );
  });

  it('shows an import error as a readable message', async () => {
    const { bridge } = await startImport();
    act(() =>
      bridge.emit('import:finished', {
        jobId: 'job-1',
        outcome: 'error',
        message: 'archive.zip is not a zip file.',
      }),
    );
    expect(screen.getByRole('alert').textContent).toContain('archive.zip is not a zip file.');
    expect(screen.getByText('Your library is unchanged.')).toBeTruthy();
  });
});
