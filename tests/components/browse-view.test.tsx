import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ItemPage } from '../../shared/model/items';
import { useBrowse } from '../../renderer/src/stores/browse-store';
import { useDetail } from '../../renderer/src/stores/detail-store';
import { useSelection } from '../../renderer/src/stores/selection-store';
import { createFakeBridge } from './fake-bridge';
import { makeDetail } from './fixtures';
import { renderApp } from './test-setup';
import { FILTER_MEASURE_PREFIX } from '../../renderer/src/perf/filter-timing';

const list = () => screen.getByRole('listbox', { name: /Browse/ });
const option = (text: string | RegExp) =>
  within(list())
    .getAllByRole('option')
    .find((o) => (typeof text === 'string' ? o.textContent?.includes(text) : text.test(o.textContent ?? '')));

async function renderBrowse(bridge = createFakeBridge()) {
  const app = renderApp('browse', { bridge });
  await waitFor(() => expect(option('Item number 1')).toBeTruthy());
  return app;
}

describe('Browse view', () => {
  it('loads the first page of every item and shows the total', async () => {
    const { bridge } = await renderBrowse();
    expect(bridge.callsTo('items:query')[0]).toEqual({
      archiveId: 'arch-1',
      sort: 'dateDesc',
      offset: 0,
      limit: 200,
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('451 items');
    expect(list().getAttribute('aria-multiselectable')).toBe('true');
    expect(option('Item number 1')!.getAttribute('aria-setsize')).toBe('451');
  });

  it('turns each filter into the matching query, with counts that follow', async () => {
    const { bridge } = await renderBrowse();
    const filters = screen.getByRole('complementary', { name: 'Filters' });
    fireEvent.click(within(filters).getByRole('checkbox', { name: /Likes/ }));
    await waitFor(() => expect(bridge.lastCall('items:query')).toMatchObject({ kinds: ['like'], offset: 0 }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('90 items'));

    fireEvent.click(within(filters).getByRole('checkbox', { name: 'Reply' }));
    fireEvent.click(within(filters).getByRole('checkbox', { name: 'Open web' }));
    fireEvent.click(within(filters).getByRole('checkbox', { name: 'Health' }));
    fireEvent.click(within(filters).getByRole('checkbox', { name: 'High' }));
    fireEvent.click(within(filters).getByRole('checkbox', { name: 'Public (assumed)' }));
    fireEvent.change(within(filters).getByLabelText('From'), { target: { value: '2024-01-01' } });
    fireEvent.change(within(filters).getByLabelText('To'), { target: { value: '2024-12-31' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort' }), { target: { value: 'levelDesc' } });
    await waitFor(() =>
      expect(bridge.lastCall('items:query')).toEqual({
        archiveId: 'arch-1',
        kinds: ['like'],
        postTypes: ['reply'],
        channels: ['openWeb'],
        flags: ['health'],
        levels: ['high'],
        visibilities: ['assumedPublic'],
        from: '2024-01-01',
        to: '2024-12-31',
        sort: 'levelDesc',
        offset: 0,
        limit: 200,
      }),
    );

    fireEvent.click(within(filters).getByRole('button', { name: 'Clear all' }));
    await waitFor(() =>
      expect(bridge.lastCall('items:query')).toEqual({
        archiveId: 'arch-1',
        sort: 'dateDesc',
        offset: 0,
        limit: 200,
      }),
    );
  });

  it('searches after a short pause and highlights the matches as text', async () => {
    const { bridge } = await renderBrowse();
    const search = screen.getByRole('searchbox', { name: 'Search your items' });
    fireEvent.change(search, { target: { value: 'doc' } });
    fireEvent.change(search, { target: { value: 'doctor' } });
    await waitFor(() => expect(bridge.lastCall('items:query')).toMatchObject({ text: 'doctor' }));
    // Debounced: the intermediate "doc" never reached the engine.
    expect(bridge.callsTo('items:query').filter((q) => q.text === 'doc')).toEqual([]);
    await waitFor(() => expect(option('treatment')).toBeTruthy());
    const mark = option('treatment')!.querySelector('mark');
    expect(mark?.textContent).toBe('doctor');
    expect(option('treatment')!.textContent).toContain('My doctor says the new treatment works');
  });

  it('drops answers that arrive after newer filters', async () => {
    const bridge = createFakeBridge();
    let releaseSlow: (() => void) | null = null;
    bridge.handle('items:query', (q) => {
      const page = bridge.items.query(q);
      if (q.kinds?.[0] === 'post') {
        return new Promise<ItemPage>((resolve) => {
          releaseSlow = () => resolve({ ...page, total: 999_999 });
        });
      }
      return page;
    });
    await renderBrowse(bridge);
    const filters = screen.getByRole('complementary', { name: 'Filters' });
    fireEvent.click(within(filters).getByRole('checkbox', { name: /^Posts/ }));
    fireEvent.click(within(filters).getByRole('checkbox', { name: /^Posts/ }));
    fireEvent.click(within(filters).getByRole('checkbox', { name: /Likes/ }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('90 items'));
    await act(async () => releaseSlow?.());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('90 items');
  });

  it('keeps DM text hidden until the user reveals it', async () => {
    const { bridge } = await renderBrowse();
    const dm = option('Direct message')!;
    expect(dm.textContent).toContain('Message text hidden');
    fireEvent.click(dm);
    const pane = await screen.findByRole('complementary', { name: 'Direct message' });
    await waitFor(() => expect(pane.textContent).toContain('This is a private message'));
    expect(bridge.lastCall('items:detail')).toEqual({ archiveId: 'arch-1', itemId: 1000 });

    bridge.items.details.set(
      1000,
      makeDetail({ id: 1000, kind: 'directMessage', text: 'See you at 5, the code is 4411' }),
    );
    fireEvent.click(within(pane).getByRole('button', { name: 'Show message text' }));
    await waitFor(() => expect(pane.textContent).toContain('See you at 5, the code is 4411'));
    expect(bridge.lastCall('items:detail')).toEqual({
      archiveId: 'arch-1',
      itemId: 1000,
      revealPrivate: true,
    });
  });

  it('shows channels and flags with reasons and evidence, uncertain ones marked', async () => {
    const bridge = createFakeBridge();
    bridge.items.details.set(
      3,
      makeDetail({
        id: 3,
        text: 'My doctor says the new treatment works',
        flags: ['health'],
        level: 'high',
        flagEvidence: [
          {
            flag: 'health',
            evidence: ['doctor', 'treatment'],
            reason: 'Mentions health care.',
            lists: ['fr', 'en'],
          },
        ],
        channelReasons: {
          thirdParty: {
            inScope: true,
            reasons: [
              {
                text: 'Deleted posts may be retained and shared.',
                certainty: 'uncertain',
                factId: 'thirdPartyDeletedPosts',
              },
            ],
          },
          grokTraining: {
            inScope: false,
            reasons: [{ text: 'Your account was protected when you posted it.', certainty: 'certain' }],
          },
          openWeb: {
            inScope: true,
            reasons: [{ text: 'Visible on your public profile.', certainty: 'certain' }],
          },
        },
        levelReason: 'High: health information that was public.',
      }),
    );
    await renderBrowse(bridge);
    fireEvent.click(option('treatment')!);
    const pane = await screen.findByRole('complementary', { name: 'Post' });
    await waitFor(() => expect(pane.textContent).toContain('High: health information that was public.'));
    const channels = within(pane).getByRole('region', { name: 'Ways it can reach AI training' });
    const thirdParty = within(channels).getByText('Deleted posts may be retained and shared.').closest('li')!;
    expect(within(thirdParty).getByText('uncertain')).toBeTruthy();
    // Each reason names the sources of its fact, as a person would look them up.
    expect(thirdParty.textContent).toContain(
      'Source: X Corp., X Privacy Policy, effective 15 Jan 2026, as captured on 16 Jul 2026, 16 Jul 2026.',
    );
    expect(channels.textContent).toContain('Grok / xAI training: no');
    expect(channels.textContent).toContain('Your account was protected when you posted it.');
    const flags = within(pane).getByRole('region', { name: 'What it reveals' });
    expect(flags.textContent).toContain('Health: Mentions health care.');
    expect(
      within(flags)
        .getAllByText(/doctor|treatment/)
        .map((q) => q.textContent),
    ).toEqual(['doctor', 'treatment']);
    expect(flags.textContent).toContain('(from the French and English word lists)');
  });

  it('shows media from the archive by relative URL, and says so when a file cannot be read', async () => {
    const bridge = createFakeBridge();
    bridge.items.details.set(
      1,
      makeDetail({
        id: 1,
        media: [
          { type: 'photo', archivePath: 'data/tweets_media/1-a b.jpg', url: null },
          { type: 'video', archivePath: null, url: 'https://video.twimg.com/x.mp4' },
        ],
      }),
    );
    await renderBrowse(bridge);
    fireEvent.click(option('Item number 1')!);
    const pane = await screen.findByRole('complementary', { name: 'Post' });
    const img = await within(pane).findByRole('img', { name: 'Photo 1 attached to this item' });
    expect(img.getAttribute('src')).toBe('media/arch-1/data%2Ftweets_media%2F1-a%20b.jpg');
    expect(pane.textContent).toContain('Video: not included in the archive');
    fireEvent.error(img);
    expect(pane.textContent).toContain('Photo: could not be read from the archive');
  });

  it('opens the post on x.com only after confirmation', async () => {
    const { bridge } = await renderBrowse();
    fireEvent.click(option('Item number 1')!);
    const pane = await screen.findByRole('complementary', { name: 'Post' });
    fireEvent.click(await within(pane).findByRole('button', { name: 'View on x.com…' }));
    const dialog = screen.getByRole('dialog', { name: 'Open this post on x.com?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(bridge.callsTo('shell:openPost')).toEqual([]);

    fireEvent.click(within(pane).getByRole('button', { name: 'View on x.com…' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Open in browser' }));
    await waitFor(() =>
      expect(bridge.callsTo('shell:openPost')).toEqual([
        { url: 'https://x.com/ada/status/1790000000000000001' },
      ]),
    );
  });

  it('selects with clicks and shift-click ranges, and exports the ids as a deletion list', async () => {
    const { bridge } = await renderBrowse();
    const tick = (text: string) => option(text)!.querySelector('.tickbox')!;
    fireEvent.click(tick('Item number 1'));
    fireEvent.click(tick('Item number 4'), { shiftKey: true });
    await waitFor(() => expect(screen.getByText('5 selected')).toBeTruthy());
    expect(option('Item number 2')!.getAttribute('aria-selected')).toBe('true');
    fireEvent.click(tick('Item number 2'));
    await waitFor(() => expect(screen.getByText('4 selected')).toBeTruthy());

    fireEvent.click(screen.getByRole('button', { name: 'Export deletion list…' }));
    await waitFor(() => expect(bridge.callsTo('items:exportCsv')).toHaveLength(1));
    expect(bridge.lastCall('items:exportCsv')).toEqual({ archiveId: 'arch-1', itemIds: [1, 1000, 3, 4] });
    expect(await screen.findByText('Saved 4 items to /home/me/x-deletion-list.csv')).toBeTruthy();
  });

  it('forgets the selection and the open item when another archive is browsed', async () => {
    await renderBrowse();
    fireEvent.click(option('Item number 1')!.querySelector('.tickbox')!);
    fireEvent.click(option('Item number 1')!);
    await screen.findByRole('complementary', { name: 'Post' });
    act(() => useBrowse.getState().setArchive('arch-2'));
    expect(useSelection.getState().ids.size).toBe(0);
    expect(useDetail.getState().itemId).toBeNull();
  });

  it('"select all" covers every item matching the filters', async () => {
    const { bridge } = await renderBrowse();
    fireEvent.click(
      within(screen.getByRole('complementary', { name: 'Filters' })).getByRole('checkbox', { name: /Likes/ }),
    );
    await waitFor(() => expect(screen.getByRole('button', { name: 'Select all 90' })).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Select all 90' }));
    fireEvent.click(option('Item number 5')!.querySelector('.tickbox')!);
    expect(screen.getByText('89 selected')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export deletion list…' }));
    await waitFor(() => expect(bridge.callsTo('items:exportCsv')).toHaveLength(1));
    // The filters go to the engine, which lists the matching items itself (not page by page).
    expect(bridge.lastCall('items:exportCsv')).toMatchObject({
      archiveId: 'arch-1',
      matching: { archiveId: 'arch-1', kinds: ['like'] },
      exceptIds: [5],
    });
    expect(bridge.callsTo('items:query').every((q) => (q.limit ?? 0) <= 200)).toBe(true);
    expect(await screen.findByText('Saved 89 items to /home/me/x-deletion-list.csv')).toBeTruthy();
  });

  it('moves with the arrow keys, opens with Enter, focuses search with / and closes with Esc', async () => {
    const { bridge } = await renderBrowse();
    const box = list();
    box.focus();
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(box.getAttribute('aria-activedescendant')).toBe(option('Message text hidden')!.id);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(bridge.lastCall('items:detail')).toEqual({ archiveId: 'arch-1', itemId: 2 }));
    expect(await screen.findByRole('complementary', { name: 'Post' })).toBeTruthy();

    fireEvent.keyDown(box, { key: ' ' });
    await waitFor(() => expect(screen.getByText('1 selected')).toBeTruthy());

    fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'Post' })).toBeNull());

    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
  });

  it('records how long each filter change takes to show its first page', async () => {
    const timings = () =>
      performance.getEntriesByType('measure').filter((e) => e.name.startsWith(FILTER_MEASURE_PREFIX));
    performance.clearMeasures();
    await renderBrowse();
    fireEvent.click(
      within(screen.getByRole('complementary', { name: 'Filters' })).getByRole('checkbox', { name: 'High' }),
    );
    await waitFor(() =>
      expect(timings().map((e) => e.name)).toEqual([
        `${FILTER_MEASURE_PREFIX}open`,
        `${FILTER_MEASURE_PREFIX}levels`,
      ]),
    );
    expect(timings().every((e) => e.duration >= 0)).toBe(true);
    expect('__xePerf' in window).toBe(false);
  });

  it('shows a query error in words with a retry', async () => {
    const bridge = createFakeBridge();
    let fail = true;
    bridge.handle('items:query', (q) => {
      if (fail) throw new Error('The search words could not be understood.');
      return bridge.items.query(q);
    });
    renderApp('browse', { bridge });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The search words could not be understood.');
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(option('Item number 1')).toBeTruthy());
  });
});
