import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeBridge } from './fake-bridge';
import { makeAccountData } from './held/held-fixtures';
import { renderApp } from './test-setup';

const region = (name: string) => screen.getByRole('region', { name });

describe('What X knows about you', () => {
  it('is its own entry in the navigation', async () => {
    renderApp('overview');
    fireEvent.click(screen.getByRole('button', { name: 'What X knows' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'What X knows about you' })).toBeTruthy();
  });

  it('shows the birth date, the logins and from when, apps with their permissions, flagged interests', async () => {
    const bridge = createFakeBridge();
    renderApp('held', { bridge });
    const age = await screen.findByRole('region', { name: 'Your birth date and age' });
    expect(within(age).getByText('12 Apr 1991')).toBeTruthy();
    expect(region('Where you logged in from').textContent).toContain(
      'X logged 333 logins from 41 internet addresses, 1 May 2024 to 15 Nov 2024.',
    );
    const apps = region('Apps you connected to your account');
    expect(apps.textContent).toContain('Mindful Moments');
    expect(apps.textContent).toContain(
      'can read your account, post and change things for you and read and send your direct messages',
    );
    expect(apps.textContent).toContain('allowed on 3 Feb 2021');
    const interests = region('Interests X inferred about you');
    expect(interests.textContent).toContain('2 of them reveal a sensitive category');
    const mental = within(interests).getByText('Mental health').closest('div')!;
    expect(within(mental).getByText('Health')).toBeTruthy();
    expect(bridge.callsTo('account:data')).toEqual([{ archiveId: 'arch-1' }]);
  });

  it('says for each part which channel may use it', async () => {
    renderApp('held');
    const logins = await screen.findByRole('region', { name: 'Where you logged in from' });
    expect(logins.textContent).toContain(
      'Who may use it: Third-party AI: yesGrok / xAI training: noOpen web: no',
    );
    expect(logins.textContent).toContain('X may share “your information” with third-party collaborators');
    expect(region('Lists').textContent).toContain('Grok / xAI training: uncertain');
    // Each part names its sources as a person would look them up.
    expect(logins.textContent).toContain('X Corp., X Privacy Policy, effective 15 Nov 2024');
  });

  it('explains a part the archive does not have, and lists files still not analysed', async () => {
    const bridge = createFakeBridge();
    bridge.handle('account:data', () =>
      makeAccountData({
        sources: { ...makeAccountData().sources, connectedApps: 'absent' },
        connectedApps: [],
      }),
    );
    renderApp('held', { bridge });
    const apps = await screen.findByRole('region', { name: 'Apps you connected to your account' });
    expect(apps.textContent).toContain('Your archive has no file for this');
    const rest = region('Not analysed yet');
    expect(rest.textContent).toContain('Spaces you hosted or joined: 3 records');
  });

  it('shows a readable error with a retry', async () => {
    const bridge = createFakeBridge();
    let fail = true;
    bridge.handle('account:data', () => {
      if (fail) throw new Error('no imported archive with id arch-1');
      return makeAccountData();
    });
    renderApp('held', { bridge });
    expect((await screen.findByRole('alert')).textContent).toContain('no imported archive with id arch-1');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Your birth date and age' })).toBeTruthy();
  });
});
