import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useChecklist } from '../../../renderer/src/views/checklist/checklist-store';
import { renderApp } from '../test-setup';

beforeEach(() => useChecklist.setState(useChecklist.getInitialState(), true));

describe('Checklist: where do you live, and the rights letter', () => {
  it('asks once, keeps the answer through the engine, and drafts the letter to copy or save', async () => {
    const { bridge } = renderApp('checklist');
    const panel = await screen.findByRole('region', { name: 'Your rights, and a letter to use them' });
    expect(panel.textContent).toContain('Where do you live?');
    expect(within(panel).queryByRole('textbox')).toBeNull();

    fireEvent.click(within(panel).getByRole('radio', { name: 'In the United Kingdom' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Save my answer' }));
    await waitFor(() =>
      expect(bridge.lastCall('checklist:residence')).toEqual({ archiveId: 'arch-1', residence: 'uk' }),
    );

    const letter = (await within(panel).findByRole('textbox', {
      name: 'The drafted letter',
    })) as HTMLTextAreaElement;
    expect(letter.value).toMatch(/^X Internet Unlimited Company\n/);
    expect(letter.value).toContain('UK GDPR, Article 21(1)');
    expect(panel.textContent).toContain('You told the app you live in the United Kingdom.');
    expect(within(panel).queryByRole('radio')).toBeNull();

    fireEvent.click(within(panel).getByRole('button', { name: 'Save as PDF' }));
    await waitFor(() =>
      expect(bridge.lastCall('checklist:saveLetter')).toEqual({ archiveId: 'arch-1', format: 'pdf' }),
    );
    expect(await within(panel).findByRole('status')).toHaveProperty(
      'textContent',
      'Saved to /home/me/x-exposure-letter.pdf. Nothing was sent.',
    );
  });

  it('says plainly when no right to object is known', async () => {
    renderApp('checklist');
    const panel = await screen.findByRole('region', { name: 'Your rights, and a letter to use them' });
    fireEvent.click(within(panel).getByRole('radio', { name: 'Somewhere else' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Save my answer' }));
    expect(
      await within(panel).findByText(/No legal right to object to AI training is known for your region/),
    ).toBeTruthy();
    expect(within(panel).queryByRole('textbox')).toBeNull();
  });
});
