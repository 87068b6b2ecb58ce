import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { tailorChecklist } from '../../../shared/checklist/tailor';
import { STEP_IDS, type ChecklistView, type StepId, type StepStatus } from '../../../shared/checklist/types';
import { useChecklist } from '../../../renderer/src/views/checklist/checklist-store';
import { recommendedSteps } from '../../../renderer/src/views/checklist/step-order';
import { useNavigation } from '../../../renderer/src/stores/navigation-store';
import { createFakeBridge } from '../fake-bridge';
import { renderApp } from '../test-setup';
import { makeChecklistView } from './fixtures';

beforeEach(() => useChecklist.setState(useChecklist.getInitialState(), true));

const toggle = (article: HTMLElement) => within(article).getAllByRole('button')[0]!;

/** A fake engine that keeps the statuses set through it, as the library does. */
function statefulBridge() {
  const bridge = createFakeBridge();
  const base = makeChecklistView();
  const statuses = new Map<StepId, StepStatus>();
  const answer = (): ChecklistView => ({
    ...base,
    steps: base.steps.map((s) => {
      const status = statuses.get(s.step.id);
      return status ? { ...s, progress: { status, updatedAt: '2026-11-22T10:00:00.000Z' } } : s;
    }),
  });
  bridge.handle('checklist:get', answer);
  bridge.handle('checklist:set', ({ stepId, status }) => {
    statuses.set(stepId, status);
    return answer();
  });
  return { bridge, base };
}

describe('Checklist view, a guided fix', () => {
  it('puts the recommended steps first, opens the first one to do, and shows progress on top', async () => {
    const { bridge } = renderApp('checklist');
    const steps = await screen.findAllByRole('article');
    expect(steps).toHaveLength(STEP_IDS.length);
    expect(bridge.callsTo('checklist:get')).toEqual([{ archiveId: 'arch-1' }]);

    const view = makeChecklistView();
    const recommended = recommendedSteps(view);
    const region = screen.getByRole('region', { name: 'Recommended for you' });
    expect(within(region).getAllByRole('article')).toHaveLength(recommended.length);
    const done = recommended.filter(
      (s) => s.progress.status === 'done' || s.progress.status === 'notApplicable',
    );
    expect(screen.getByTestId('checklist-progress').textContent).toBe(
      `${done.length} of ${recommended.length} recommended steps done`,
    );

    // Exactly one step is open: the first recommended step still to do.
    const open = steps.filter((a) => toggle(a).getAttribute('aria-expanded') === 'true');
    expect(open).toHaveLength(1);
    const firstToDo = recommended.find((s) => s.progress.status === 'todo')!;
    expect(open[0]!.textContent).toContain(firstToDo.step.title);

    // A done step is folded, with its date.
    const grok = screen.getByRole('article', { name: /Grok & Third-party Collaborators/ });
    expect(toggle(grok).getAttribute('aria-expanded')).toBe('false');
    expect(grok.textContent).toContain('Done on 21 Nov 2026');
    fireEvent.click(toggle(grok));
    expect(toggle(grok).getAttribute('aria-expanded')).toBe('true');
    expect(open[0]!.querySelector('[aria-expanded="true"]')).toBeNull();
    expect(grok.textContent).toContain(
      'More › Settings and privacy › Privacy and safety › Data sharing and personalization › Grok & Third-party Collaborators',
    );
    expect(within(grok).getByRole('button', { name: 'Back to to-do' })).toBeTruthy();
  });

  it('folds the background under "Why this matters" and "What it cannot undo"', async () => {
    renderApp('checklist');
    const partners = await screen.findByRole('article', { name: /Data sharing with business partners/ });
    if (toggle(partners).getAttribute('aria-expanded') !== 'true') fireEvent.click(toggle(partners));
    const why = within(partners).getByText('Why this matters').closest('details')!;
    const cannot = within(partners).getByText('What it cannot undo').closest('details')!;
    expect(why.open).toBe(false);
    expect(cannot.open).toBe(false);
    expect(within(partners).getAllByText('Uncertain').length).toBeGreaterThan(0);
    expect(partners.textContent).toContain('Not documented for the app');
    expect(partners.textContent).not.toMatch(/OTA-PP|OTA-ToS/);
    const caveat = screen.getByText('What opting out cannot undo').closest('details')!;
    expect(caveat.textContent).toContain('forward only');
  });

  it('opens a setting on x.com after the person confirms', async () => {
    const { bridge } = renderApp('checklist');
    const partners = await screen.findByRole('article', { name: /Data sharing with business partners/ });
    if (toggle(partners).getAttribute('aria-expanded') !== 'true') fireEvent.click(toggle(partners));
    fireEvent.click(within(partners).getByRole('button', { name: 'Open this setting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open this setting on x.com?' });
    expect(bridge.callsTo('shell:openPost')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open in browser' }));
    await waitFor(() =>
      expect(bridge.lastCall('shell:openPost')).toEqual({
        url: 'https://x.com/settings/data_sharing_with_business_partners',
      }),
    );
  });

  it('saves "done", folds the step and opens the next one; the Overview counts it', async () => {
    const { bridge, base } = statefulBridge();
    renderApp('checklist', { bridge });
    await screen.findAllByRole('article');
    const before = screen.getByTestId('checklist-progress').textContent!;
    const openStep = () =>
      screen.getAllByRole('article').find((a) => toggle(a).getAttribute('aria-expanded') === 'true')!;
    const first = openStep();
    const title = first.getAttribute('aria-labelledby')!;
    fireEvent.click(within(first).getByRole('button', { name: 'Mark as done' }));
    await waitFor(() => expect(bridge.lastCall('checklist:set')).toMatchObject({ status: 'done' }));
    await waitFor(() => expect(openStep().getAttribute('aria-labelledby')).not.toBe(title));
    const [doneBefore, total] = /^(\d+) of (\d+)/.exec(before)!.slice(1).map(Number) as [number, number];
    expect(screen.getByTestId('checklist-progress').textContent).toBe(
      `${doneBefore + 1} of ${total} recommended steps done`,
    );
    expect(base.steps.length).toBe(STEP_IDS.length);

    useNavigation.getState().go('overview');
    expect((await screen.findByTestId('answer-progress')).textContent).toBe(
      `${doneBefore + 1} of ${total} recommended steps done`,
    );
    expect(screen.getByRole('button', { name: /^Reduce it: / }).textContent).toBe(
      `Reduce it: ${total - doneBefore - 1} step${total - doneBefore - 1 === 1 ? '' : 's'}`,
    );
  });

  it('links the deletion step to Browse', async () => {
    renderApp('checklist');
    const del = await screen.findByRole('article', { name: /Delete the posts and likes/ });
    if (toggle(del).getAttribute('aria-expanded') !== 'true') fireEvent.click(toggle(del));
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

// tailorChecklist stays the engine's: the view renders whatever it returns.
void tailorChecklist;
