import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SafeMarkdown } from '../../renderer/src/components/SafeMarkdown';
import { createFakeBridge, installFakeBridge } from './fake-bridge';

describe('SafeMarkdown (Grok answers)', () => {
  it('renders the Markdown structure: emphasis, lists, code', () => {
    const { container } = render(<SafeMarkdown text={'**Bold** and *soft*\n\n- one\n- two\n\n`code`'} />);
    expect(container.querySelector('strong')?.textContent).toBe('Bold');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelector('code')?.textContent).toBe('code');
  });

  it('never turns archive text into HTML, images or live links', () => {
    installFakeBridge(createFakeBridge());
    const hostile = [
      '<script>window.__pwned = 1</script>',
      '<img src=x onerror="window.__pwned=1">',
      '![tracker](https://evil.example/pixel.png)',
      '[click me](javascript:alert(1))',
      '[a page](https://evil.example/page)',
      '[the post](https://x.com/jack/status/20)',
    ].join('\n\n');
    const { container } = render(<SafeMarkdown text={hostile} />);
    expect(container.querySelector('script, img, iframe, a')).toBeNull();
    expect(container.innerHTML).not.toMatch(/onerror|<script/i);
    expect(container.textContent).toContain('[image: tracker]');
    expect(container.textContent).toContain('a page (https://evil.example/page)');
    expect(screen.getByRole('button', { name: 'the post (x.com)…' })).toBeTruthy();
    // The button and its dialog are blocks: no paragraph may hold one (invalid HTML, a React warning).
    expect(container.querySelector('p div, p button, p p')).toBeNull();
  });
});
