import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecheckStatus } from '../../renderer/src/views/settings/RecheckStatus';

afterEach(cleanup);

describe('RecheckStatus: the re-check a settings change starts', () => {
  it('shows nothing before a change is saved', () => {
    const { container } = render(<RecheckStatus running={null} onCancel={() => {}} saved={null} />);
    expect(container.textContent).toBe('');
  });

  it('shows the progress while every item is checked again, and Cancel stops it', () => {
    const onCancel = vi.fn();
    render(
      <RecheckStatus
        running={{ jobId: 'job-1', done: 1000, total: 4000 }}
        onCancel={onCancel}
        saved={null}
      />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Checking every item again' });
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('cannot be cancelled before the job has started', () => {
    render(<RecheckStatus running={{ jobId: null, done: 0, total: 0 }} onCancel={() => {}} saved={null} />);
    expect((screen.getByRole('button', { name: 'Cancel' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says what the saved change did once the re-check is over', () => {
    render(<RecheckStatus running={null} onCancel={() => {}} saved="Saved. 3 of your posts changed." />);
    const notice = screen.getByRole('status');
    expect(notice.textContent).toBe('Saved. 3 of your posts changed.');
    expect(within(notice).queryByRole('progressbar')).toBeNull();
  });
});
