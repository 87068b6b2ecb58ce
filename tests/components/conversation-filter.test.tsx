/** Browse's conversation filter: each DM conversation named in plain words with its count; ticking one lists its messages. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../../shared/model/items';
import { createFakeBridge } from './fake-bridge';
import { FakeItemStore } from './fake-items';
import { makeRow } from './fixtures';
import { renderApp } from './test-setup';

const conversation = (over: Partial<ConversationSummary>): ConversationSummary => ({
  id: 'c',
  group: false,
  people: 1,
  handle: null,
  accountId: null,
  messages: 1,
  ...over,
});

function bridgeWithConversations() {
  const items = new FakeItemStore();
  items.rows.push(
    makeRow({ id: 1001, kind: 'directMessage', snippet: 'the garden at noon' }),
    makeRow({ id: 1002, kind: 'directMessage', snippet: null }),
    makeRow({ id: 1003, kind: 'directMessage', snippet: null }),
  );
  items.conversationOf.set(1001, '111-222').set(1002, '111-222').set(1003, '111-333');
  items.conversationList = [
    conversation({ id: '111-222', handle: 'sam_example', accountId: '222', messages: 2 }),
    conversation({ id: '111-333', accountId: '333', messages: 1 }),
    conversation({ id: '9876', group: true, people: 3, messages: 0 }),
  ];
  return createFakeBridge(items);
}

const panel = () => screen.getByRole('complementary', { name: 'Filters' });
const group = () => within(panel()).getByRole('group', { name: 'Conversations' });

describe('Conversations filter', () => {
  it('names each conversation in plain words, with its message count', async () => {
    const bridge = bridgeWithConversations();
    renderApp('browse', { bridge });
    await waitFor(() => expect(within(panel()).getByRole('group', { name: 'Conversations' })).toBeTruthy());
    expect(bridge.callsTo('items:conversations')).toEqual([{ archiveId: 'arch-1' }]);
    const labels = within(group())
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')!.textContent);
    expect(labels).toEqual(['With @sam_example2', 'With account 3331', 'Group chat with 3 people0']);
  });

  it('counts each conversation’s messages under the other filters, as the kind counts are', async () => {
    const bridge = bridgeWithConversations();
    renderApp('browse', { bridge });
    await waitFor(() => expect(within(panel()).getByRole('group', { name: 'Conversations' })).toBeTruthy());
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search your items' }), {
      target: { value: 'garden' },
    });
    await waitFor(() =>
      expect(bridge.lastCall('items:conversationCounts')).toMatchObject({ text: 'garden' }),
    );
    await waitFor(() => {
      const labels = within(group())
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')!.textContent);
      expect(labels).toEqual(['With @sam_example1', 'With account 3330', 'Group chat with 3 people0']);
    });
  });

  it('lists only the chosen conversation’s messages, and hides itself when DMs are not among the kinds', async () => {
    const bridge = bridgeWithConversations();
    renderApp('browse', { bridge });
    await waitFor(() => expect(within(panel()).getByRole('group', { name: 'Conversations' })).toBeTruthy());
    fireEvent.click(within(group()).getByRole('checkbox', { name: /With @sam_example/ }));
    await waitFor(() =>
      expect(bridge.lastCall('items:query')).toMatchObject({ conversations: ['111-222'], offset: 0 }),
    );
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('2 items'));
    fireEvent.click(within(group()).getByRole('checkbox', { name: /With @sam_example/ }));
    await waitFor(() => expect(bridge.lastCall('items:query')?.conversations).toBeUndefined());

    fireEvent.click(within(panel()).getByRole('checkbox', { name: /Likes/ }));
    await waitFor(() => expect(within(panel()).queryByRole('group', { name: 'Conversations' })).toBeNull());
    fireEvent.click(within(panel()).getByRole('checkbox', { name: /Direct messages/ }));
    await waitFor(() => expect(within(panel()).getByRole('group', { name: 'Conversations' })).toBeTruthy());
  });
});
