import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../renderer/src/components/ErrorBoundary';
import { useNavigation } from '../../renderer/src/stores/navigation-store';
import { createFakeBridge } from './fake-bridge';
import { renderApp } from './test-setup';

let shouldThrow = true;
function Fragile() {
  if (shouldThrow) throw new Error('boom in a view');
  return <p>View works</p>;
}

afterEach(() => vi.restoreAllMocks());

describe('ErrorBoundary', () => {
  it('shows a readable fallback and renders the view again on "Reload view"', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    shouldThrow = true;
    const onReload = vi.fn(() => {
      shouldThrow = false;
    });
    render(
      <ErrorBoundary onReload={onReload}>
        <Fragile />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This view stopped working');
    expect(alert.textContent).toContain('boom in a view');
    fireEvent.click(screen.getByRole('button', { name: 'Reload view' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(screen.getByText('View works')).toBeTruthy();
  });

  it('keeps the sidebar usable when a view crashes inside the app', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bridge = createFakeBridge();
    // A malformed answer from the engine makes the overview throw while rendering.
    bridge.handle('overview:get', () => ({}) as never);
    renderApp('overview', { bridge });
    expect((await screen.findByRole('alert')).textContent).toContain('This view stopped working');
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(useNavigation.getState().view).toBe('open');
    expect(await screen.findByRole('heading', { name: 'Open your X archive' })).toBeTruthy();
  });
});
