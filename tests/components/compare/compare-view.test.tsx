import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCompare } from '../../../renderer/src/views/compare/compare-store';
import { createFakeBridge } from '../fake-bridge';
import { makeLibraryEntry } from '../fixtures';
import { renderApp } from '../test-setup';
import { makeLibrary } from './compare-fixtures';

function setup(library = makeLibrary()) {
  useCompare.setState(useCompare.getInitialState(), true);
  const bridge = createFakeBridge();
  bridge.handle('library:list', () => library);
  return renderApp('compare', { bridge });
}

describe('Compare view', () => {
  it('compares the selected archive with the previous one of the same account', async () => {
    const { bridge } = setup();
    await screen.findByRole('heading', { name: 'What changed between the two archives' });
    expect(bridge.callsTo('compare:run')).toEqual([{ olderId: 'arch-0', newerId: 'arch-1' }]);
    const posts = screen.getByRole('row', { name: /^Posts \(all\)/ });
    expect(
      within(posts)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1,234', '240', '6', '994', '1,000']);
    // Bookmarks are compared only when both archives have them.
    expect(screen.queryByRole('row', { name: /^Bookmarks/ })).toBeNull();
    expect(screen.getByText(/Bookmarks are compared only when both archives have them/)).toBeTruthy();
    // Only @ada's archives are offered.
    const older = screen.getByRole('combobox', { name: 'Older archive' });
    expect(
      within(older)
        .getAllByRole('option')
        .map((o) => (o as HTMLOptionElement).value),
    ).toEqual(['arch-old', 'arch-0', 'arch-1']);
    // Named by account and date, never by an internal id.
    expect(within(older).getAllByRole('option')[0]!.textContent).toBe('@ada, made 1 Nov 2025');
  });

  it('lists the items that are gone, with archive text as text and DM text hidden', async () => {
    setup();
    const section = (await screen.findByRole('heading', { name: 'What is gone' })).closest('section')!;
    expect(section.textContent).toContain(
      '940 items of the older archive are no longer in the newer one; the 2 newest:',
    );
    expect(within(section).getByText('Gone <b>for good</b>')).toBeTruthy();
    expect(section.querySelector('b')).toBeNull();
    expect(within(section).getByText('Message text hidden')).toBeTruthy();
  });

  it('shows the deletion list check with the archive text as text', async () => {
    setup();
    const section = (await screen.findByRole('heading', { name: 'Your deletion list' })).closest('section')!;
    expect(section.textContent).toContain(
      '12 items are on your deletion list. 9 are gone from the newer archive; 3 are still in it, and 2 of them still in scope',
    );
    expect(within(section).getByText('Still <i>here</i> after all')).toBeTruthy();
    expect(section.querySelector('i')).toBeNull();
  });

  it('compares again when another archive is chosen', async () => {
    const { bridge } = setup();
    await screen.findByRole('heading', { name: 'What changed between the two archives' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Older archive' }), {
      target: { value: 'arch-old' },
    });
    await waitFor(() =>
      expect(bridge.lastCall('compare:run')).toEqual({ olderId: 'arch-old', newerId: 'arch-1' }),
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Newer archive' }), {
      target: { value: 'arch-old' },
    });
    expect(await screen.findByText('Choose two different archives.')).toBeTruthy();
    expect(bridge.callsTo('compare:run')).toHaveLength(2);
  });

  it('says what to do when the account has one archive only', async () => {
    const { bridge } = setup([makeLibraryEntry()]);
    expect(await screen.findByText(/This is the only archive of @ada in your library/)).toBeTruthy();
    expect(bridge.callsTo('compare:run')).toHaveLength(0);
  });

  it('shows the engine’s refusal', async () => {
    useCompare.setState(useCompare.getInitialState(), true);
    const bridge = createFakeBridge();
    bridge.handle('library:list', () => makeLibrary());
    bridge.handle('compare:run', () => {
      throw new Error('the newer archive is no longer in the library');
    });
    renderApp('compare', { bridge });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'the newer archive is no longer in the library',
    );
  });
});
