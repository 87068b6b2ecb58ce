import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeBridge, type FakeBridge } from './fake-bridge';
import { makeVisibility } from './fixtures';
import { renderApp } from './test-setup';

const section = () => screen.getByRole('region', { name: 'Posts shared with your Circle' });

describe('Settings: posts shared with your Circle', () => {
  it('explains Circle in plain words and saves the dates given as Circle-only periods', async () => {
    const bridge = createFakeBridge();
    renderApp('settings', { bridge });
    await waitFor(() => expect(section().textContent).toContain('your archive does not mark those posts'));
    expect(within(section()).getByText(/No Circle periods/)).toBeTruthy();
    // Circle has ended: a period always has an end date, no "still" box.
    expect(within(section()).queryByRole('checkbox')).toBeNull();

    fireEvent.click(within(section()).getByRole('button', { name: 'Add a Circle period' }));
    fireEvent.change(screen.getByLabelText('Period 1: Circle only from'), {
      target: { value: '2022-10-01' },
    });
    fireEvent.change(screen.getByLabelText('Period 1: Circle only until'), {
      target: { value: '2023-03-01' },
    });
    bridge.handle('visibility:get', () =>
      makeVisibility({
        circleRanges: [{ from: '2022-10-01T00:00:00.000Z', to: '2023-03-01T00:00:00.000Z' }],
      }),
    );
    fireEvent.click(within(section()).getByRole('button', { name: 'Save Circle periods and re-check' }));
    await waitFor(() =>
      expect(bridge.callsTo('visibility:set')).toEqual([
        { archiveId: 'arch-1', circleRanges: [{ from: '2022-10-01', to: '2023-03-01' }] },
      ]),
    );
    expect((await within(section()).findByRole('status')).textContent).toContain(
      'Saved. 0 of your posts now count as shared with your Circle only',
    );
    // The saved period is shown back, and can be removed.
    expect((screen.getByLabelText('Period 1: Circle only from') as HTMLInputElement).value).toBe(
      '2022-10-01',
    );
    fireEvent.click(within(section()).getByRole('button', { name: 'Remove my Circle periods' }));
    await waitFor(() =>
      expect(bridge.lastCall('visibility:set')).toEqual({ archiveId: 'arch-1', circleRanges: [] }),
    );
  });

  it('says the archive lists its Circle posts itself, and asks for no dates', async () => {
    const bridge: FakeBridge = createFakeBridge();
    bridge.handle('visibility:get', () => makeVisibility({ archiveMarksCircle: true }));
    renderApp('settings', { bridge });
    await waitFor(() => expect(section().textContent).toContain('lists your Circle posts itself'));
    expect(within(section()).queryByRole('button', { name: 'Add a Circle period' })).toBeNull();
  });
});
