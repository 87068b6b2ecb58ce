import { describe, expect, it } from 'vitest';
import { reportModelFrom } from '../../../shared/report/build-model';
import { renderReportHtml } from '../../../electron/engine/report/render-html';
import { sampleInputs } from '../../fixtures/report/sample-inputs';

const html = (redactText = false, paper: 'a4' | 'letter' = 'a4') =>
  renderReportHtml(reportModelFrom(sampleInputs(), { redactText, paper }));

describe('renderReportHtml', () => {
  it('is one self-contained document that cannot load or run anything', () => {
    const doc = html();
    expect(doc.startsWith('<!doctype html>')).toBe(true);
    expect(doc).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;`,
    );
    expect(doc).not.toMatch(/<script|<link|<img|<iframe|<object/i);
    expect(doc).not.toMatch(/\s(src|href)=/i);
    expect(doc).not.toMatch(/url\((?!#)/);
    expect(doc).not.toMatch(/@import/);
  });

  it('sets the paper size and page numbers for print', () => {
    expect(html(false, 'a4')).toContain('size: A4;');
    expect(html(false, 'letter')).toContain('size: letter;');
    expect(html()).toContain('content: "Page " counter(page) " of " counter(pages)');
  });

  it('escapes archive text instead of rendering it as HTML', () => {
    const doc = html();
    expect(doc).toContain('Sample &lt;b&gt;Person&lt;/b&gt;');
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(doc).not.toContain('<b>Person</b>');
  });

  it('has every section of the report', () => {
    const doc = html();
    for (const heading of [
      'Your X data and AI training',
      'Where your data can go',
      'Your activity and X’s policy dates',
      'What is in your archive',
      'Your most sensitive items',
      'What your archive does not contain',
      'What opting out cannot undo',
      'Opt-out checklist',
      'Method',
      'The level rule',
    ]) {
      expect(doc).toContain(`${heading}</h`);
    }
    expect(doc).toContain('X Exposure 0.1.0');
    expect(doc).toContain('22 Nov 2026');
  });

  it('leaves item text out when redacted', () => {
    const doc = html(true);
    expect(doc).not.toContain('diagnosis');
    expect(doc).toContain('Text left out (redacted report).');
    expect(doc).toContain('The text of your items is left out of this report.');
  });
});
