/**
 * The report as one self-contained HTML file: inline CSS and SVG, no scripts, no external requests
 * (the CSP forbids them), the same React components the app's preview renders.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { RightsLetter } from '../../../shared/checklist/rights/letter';
import type { PaperSize, ReportModel } from '../../../shared/report/model';
import { LetterBlock } from '../../../shared/report/view/sections/RightsSection';
import { ReportDocument } from '../../../shared/report/view/ReportDocument';
import { pageCss, REPORT_CSS } from '../../../shared/report/view/report-css';

const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function reportTitle(model: ReportModel): string {
  return `X exposure report for @${model.meta.username}, ${model.meta.reportGeneratedAt.slice(0, 10)}`;
}

export function renderReportHtml(model: ReportModel): string {
  const body = renderToStaticMarkup(createElement(ReportDocument, { model }));
  return page(reportTitle(model), model.options.paper, body);
}

/** The drafted rights letter alone, as a page to print to PDF. */
export function renderLetterHtml(letter: RightsLetter, paper: PaperSize): string {
  const body = renderToStaticMarkup(
    createElement(
      'article',
      { className: `xr xr-paper-${paper}`, lang: 'en' },
      createElement(LetterBlock, { letter }),
    ),
  );
  return page(letter.subject, paper, body);
}

function page(title: string, paper: PaperSize, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${pageCss(paper)}\n${REPORT_CSS}\nbody { margin: 0; }</style>`,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}
