/**
 * Browse's active-filter bar: in a narrow window the filter panel steps aside while an item is open,
 * and this bar says which filters still narrow the list (the stylesheet shows it only then; jsdom
 * applies no stylesheet, so here it shows whenever an item is open).
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBrowse } from '../../renderer/src/stores/browse-store';
import { DEFAULT_FILTERS } from '../../renderer/src/stores/browse-filters';
import { activeFilters } from '../../renderer/src/views/browse/active-filters';
import { useDetail } from '../../renderer/src/stores/detail-store';
import { renderApp } from './test-setup';

const bar = () => screen.queryByRole('region', { name: 'Filters in use' });

async function openFirstItem() {
  const list = await screen.findByRole('listbox', { name: /Browse/ });
  await waitFor(() => expect(within(list).getAllByRole('option').length).toBeGreaterThan(0));
  fireEvent.click(within(list).getAllByRole('option')[0]!);
  await waitFor(() => expect(useDetail.getState().itemId).not.toBeNull());
}

describe('active filters in plain words', () => {
  it.each([
    [{}, []],
    [{ kinds: ['like'] }, ['Kind: Likes']],
    [{ levels: ['high', 'medium'] }, ['Level: High', 'Level: Medium']],
    [{ flags: ['health'], channels: ['openWeb'] }, ['Reaches AI through: Open web', 'Reveals: Health']],
    [{ visibilities: ['assumedPublic'] }, ['Visibility when written: Public (assumed)']],
    [{ postTypes: ['reply'] }, ['Post type: Reply']],
    [{ from: '2024-01-01', to: '2024-12-31' }, ['From 1 Jan 2024', 'Until 31 Dec 2024']],
    [{ text: 'doctor' }, []], // the search box shows the words beside the list
  ] as const)('%j reads %j', (patch, expected) => {
    const texts = activeFilters({ ...DEFAULT_FILTERS, ...patch } as never, []).map((f) => f.text);
    expect(texts).toEqual(expected);
  });

  it('names a conversation as the filter panel does, and each chip takes off only its own filter', () => {
    const filters = { ...DEFAULT_FILTERS, kinds: ['directMessage' as const], conversations: ['c1', 'c2'] };
    const conversations = [
      { id: 'c1', group: false, people: 1, handle: 'sam', accountId: '1', messages: 3 },
      { id: 'c2', group: true, people: 3, handle: null, accountId: null, messages: 9 },
    ];
    const active = activeFilters(filters, conversations);
    expect(active.map((f) => f.text)).toEqual([
      'Kind: Direct messages',
      'With @sam',
      'Group chat with 3 people',
    ]);
    expect(active[1]!.without).toEqual({ conversations: ['c2'] });
    expect(active[0]!.without).toEqual({ kinds: [] });
  });
});

describe('Browse: the filters in use while an item is open', () => {
  it('shows nothing while the filter panel is there, then the filters on once an item is open', async () => {
    const { bridge } = renderApp('browse');
    await screen.findByRole('listbox', { name: /Browse/ });
    expect(bar()).toBeNull();
    // Filters change while the item stays open, as they do when a chip is taken off.
    await openFirstItem();
    useBrowse.getState().setFilters({ kinds: ['like'], levels: ['high'], from: '2024-01-01' });
    await waitFor(() => expect(bar()!.textContent).toContain('3 filters on:'));
    expect(bar()!.textContent).toContain('3 filters on:');
    const chips = within(bar()!)
      .getAllByRole('listitem')
      .map((chip) => chip.firstChild!.textContent);
    expect(chips).toEqual(['Kind: Likes', 'Level: High', 'From 1 Jan 2024']);

    // Taking one chip off changes the list's query and leaves the others.
    fireEvent.click(within(bar()!).getByRole('button', { name: 'Take off the filter Level: High' }));
    await waitFor(() =>
      expect(bridge.lastCall('items:query')).toMatchObject({
        kinds: ['like'],
        from: '2024-01-01',
        offset: 0,
      }),
    );
    expect(bridge.lastCall('items:query')).not.toHaveProperty('levels');
    expect(bar()!.textContent).toContain('2 filters on:');
  });

  it('says when no filter is on, and "Show filters" closes the item to bring the panel back', async () => {
    renderApp('browse');
    await openFirstItem();
    expect(bar()!.textContent).toContain('No filters on: every item is listed');
    fireEvent.click(within(bar()!).getByRole('button', { name: 'Show filters' }));
    expect(useDetail.getState().itemId).toBeNull();
    expect(bar()).toBeNull();
    expect(screen.getByRole('complementary', { name: 'Filters' })).toBeTruthy();
  });

  it('lists at most four chips and counts the rest', async () => {
    renderApp('browse');
    await screen.findByRole('listbox', { name: /Browse/ });
    useBrowse
      .getState()
      .setFilters({ flags: ['health', 'religion', 'politics', 'family', 'location', 'media'] });
    await openFirstItem();
    expect(bar()!.textContent).toContain('6 filters on:');
    expect(within(bar()!).getAllByRole('button', { name: /^Take off the filter/ })).toHaveLength(4);
    expect(bar()!.textContent).toContain('and 2 more');
  });
});
