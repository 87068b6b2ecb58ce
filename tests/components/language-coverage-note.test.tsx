import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LanguageCoverageNote } from '../../renderer/src/views/overview/LanguageCoverageNote';

describe('LanguageCoverageNote', () => {
  it('says per language what was checked and what was not', () => {
    render(
      <LanguageCoverageNote
        coverage={[
          { language: 'fr', items: 412, checked: true, lists: ['fr', 'en'] },
          { language: 'th', items: 212, checked: false, lists: ['en'] },
        ]}
      />,
    );
    const card = screen.getByRole('region', { name: 'Which texts were checked for sensitive words' });
    expect(card.textContent).toContain('412 posts in French were checked');
    expect(card.textContent).toContain('212 posts in Thai were not checked for sensitive content');
  });

  it('shows nothing for a summary stored before coverage was computed', () => {
    const { container } = render(<LanguageCoverageNote coverage={undefined} />);
    expect(container.textContent).toBe('');
  });
});
