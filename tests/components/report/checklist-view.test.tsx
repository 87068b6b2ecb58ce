import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { tailorChecklist } from '../../../shared/checklist/tailor';
import { useChecklist } from '../../../renderer/src/views/checklist/checklist-store';
import { useNavigation } from '../../../renderer/src/stores/navigation-store';
import { createFakeBridge } from '../fake-bridge';
import { renderApp } from '../test-setup';
import { makeChecklistView } from './fixtures';

beforeEach(() => useChecklist.setState(useChecklist.getInitialState(), true));

describe('Checklist view', () => {
  it('lists every step with its web path, keeps the cannot-undo caveat visible, and highlights steps', async () => {
    const { bridge } = renderApp('checklist');
    const steps = await screen.findAllByRole('article');
    expect(steps).toHaveLength(11);
    expect(bridge.callsTo('checklist:get')).toEqual([{ archiveId: 'arch-1' }]);

    const caveat = screen.getByRole('region', { name: 'What opting out cannot undo' });
    expect(caveat.textContent).toContain('forward only');

    const grok = screen.getByRole('article', { name: /Grok & Third-party Collaborators/ });
    expect(grok.textContent).toContain('Recommended for you');
    expect(grok.textContent).toContain('x.com/settings/grok_settings');
    expect(grok.textContent).toContain(
      'More › Settings and privacy › Privacy and safety › Data sharing and personalization › Grok & Third-party Collaborators',
    );
    expect(within(grok).getByRole('radio', { name: 'Done' })).toHaveProperty('checked', true);
    expect(grok.textContent).toContain('Done on 21 Nov 2026');

    const partners = screen.getByRole('article', { name: /Data sharing with business partners/ });
    expect(within(partners).getAllByText('Uncertain').length).toBeGreaterThan(0);
    expect(partners.textContent).toContain('Not documented for the app');
  });

  it('saves a status change and shows the saved state', async () => {
    const bridge = createFakeBridge();
    const base = makeChecklistView();
    bridge.handle('checklist:set', ({ stepId, status }) => {
      const view = tailorChecklist({
        archiveId: base.archiveId,
        accountId: base.accountId,
        signals: {
          totalItems: 1,
          highLevelItems: 0,
          posts: 1,
          likes: 0,
          deletedPosts: 0,
          communityPosts: 0,
          grokMessages: 0,
          directMessages: 0,
          bookmarks: null,
          publicPostsSinceCutoff: 0,
          accountNow: 'public',
          euHints: [],
          inferredInterests: 0,
          advertisers: 0,
          archiveGeneratedAt: null,
        },
        progress: { [stepId]: { status, updatedAt: '2026-11-22T10:00:00.000Z' } },
      });
      return view;
    });
    renderApp('checklist', { bridge });
    const protect = await screen.findByRole('article', { name: /Consider protecting your posts/ });
    fireEvent.click(within(protect).getByRole('radio', { name: 'Not applicable' }));
    await waitFor(() =>
      expect(bridge.lastCall('checklist:set')).toEqual({
        archiveId: 'arch-1',
        stepId: 'protectPosts',
        status: 'notApplicable',
      }),
    );
    const updated = await screen.findByRole('article', { name: /Consider protecting your posts/ });
    await waitFor(() => expect(updated.textContent).toContain('Not applicable on 22 Nov 2026'));
    expect(screen.getByText(/1 of 11/)).toBeTruthy();
  });

  it('links the deletion step to Browse', async () => {
    renderApp('checklist');
    const del = await screen.findByRole('article', { name: /Delete the posts and likes/ });
    fireEvent.click(within(del).getByRole('button', { name: 'Open Browse' }));
    expect(useNavigation.getState().view).toBe('browse');
  });

  it('shows an engine error with a retry', async () => {
    const bridge = createFakeBridge();
    bridge.handle('checklist:get', () => {
      throw new Error('No imported archive with id arch-1.');
    });
    renderApp('checklist', { bridge });
    expect((await screen.findByRole('alert')).textContent).toContain('No imported archive');
  });
});
