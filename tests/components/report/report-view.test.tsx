import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeBridge } from '../fake-bridge';
import { renderApp } from '../test-setup';

describe('Report view', () => {
  it('previews the report built for A4 without redaction', async () => {
    const { bridge } = renderApp('report');
    const preview = await screen.findByRole('region', { name: 'Report preview' });
    expect(bridge.callsTo('report:build')).toEqual([{ archiveId: 'arch-1', redactText: false, paper: 'a4' }]);
    expect(within(preview).getByRole('heading', { level: 1 }).textContent).toBe(
      'Your X data and AI training',
    );
    expect(within(preview).getByRole('heading', { name: 'What opting out cannot undo' })).toBeTruthy();
    expect(within(preview).getByRole('img', { name: /Your items per month/ })).toBeTruthy();
    expect(preview.querySelector('.report-sheet-a4')).toBeTruthy();
  });

  it('renders archive text as text, never as HTML', async () => {
    renderApp('report');
    const preview = await screen.findByRole('region', { name: 'Report preview' });
    expect(preview.querySelector('script')).toBeNull();
    expect(preview.querySelector('b')).toBeNull();
    expect(preview.textContent).toContain('<script>alert(1)</script>');
    expect(preview.textContent).toContain('Sample <b>Person</b>');
  });

  it('rebuilds with redaction and US Letter', async () => {
    const { bridge } = renderApp('report');
    await screen.findByRole('region', { name: 'Report preview' });
    fireEvent.click(screen.getByRole('checkbox', { name: /Leave out the text/ }));
    fireEvent.click(screen.getByRole('radio', { name: 'US Letter' }));
    await waitFor(() =>
      expect(bridge.lastCall('report:build')).toEqual({
        archiveId: 'arch-1',
        redactText: true,
        paper: 'letter',
      }),
    );
    const preview = screen.getByRole('region', { name: 'Report preview' });
    await waitFor(() => expect(preview.querySelector('.report-sheet-letter')).toBeTruthy());
    expect(preview.textContent).not.toContain('diagnosis');
    expect(preview.textContent).toContain('Text left out (redacted report).');
  });

  it('saves as PDF, HTML and CSV through the bridge and says where', async () => {
    const { bridge } = renderApp('report');
    await screen.findByRole('region', { name: 'Report preview' });
    fireEvent.click(screen.getByRole('button', { name: 'Save as PDF…' }));
    expect(await screen.findByText('The report saved to /home/me/x-exposure-report.pdf.')).toBeTruthy();
    expect(bridge.lastCall('report:savePdf')).toEqual({
      archiveId: 'arch-1',
      redactText: false,
      paper: 'a4',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save as HTML…' }));
    expect(await screen.findByText('The report saved to /home/me/x-exposure-report.html.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export every item as CSV…' }));
    expect(
      await screen.findByText('The item list saved to /home/me/x-exposure-items.csv (440 items).'),
    ).toBeTruthy();
    expect(bridge.lastCall('report:saveCsv')).toEqual({ archiveId: 'arch-1' });
  });

  it('shows the progress of a save with Cancel, and says when the person stopped it', async () => {
    const bridge = createFakeBridge();
    bridge.handle('report:savePdf', () => ({ path: '/home/me/report.pdf', jobId: 'save-1' }));
    renderApp('report', { bridge });
    await screen.findByRole('region', { name: 'Report preview' });
    fireEvent.click(screen.getByRole('button', { name: 'Save as PDF…' }));
    await screen.findByText('Saving the report as PDF…');
    act(() => bridge.emit('job:progress', { jobId: 'save-1', kind: 'reportFile', done: 2, total: 5 }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(bridge.lastCall('job:cancel')).toEqual({ jobId: 'save-1' });
    act(() => bridge.emit('job:finished', { jobId: 'save-1', kind: 'reportFile', outcome: 'cancelled' }));
    expect(await screen.findByText('You stopped saving. The report was not saved.')).toBeTruthy();
    expect(screen.queryByText('Saving the report as PDF…')).toBeNull();
  });

  it('shows a failed save as a readable error', async () => {
    const bridge = createFakeBridge();
    bridge.handle('report:savePdf', () => {
      throw new Error('Saving as PDF is not available here; save the report as HTML.');
    });
    renderApp('report', { bridge });
    await screen.findByRole('region', { name: 'Report preview' });
    fireEvent.click(screen.getByRole('button', { name: 'Save as PDF…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('save the report as HTML');
  });
});
