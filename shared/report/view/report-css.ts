/**
 * The report's stylesheet. Every rule is scoped to `.xr` so the report can sit inside the app without
 * touching it. Black-and-white safe: meaning is carried by text, borders and patterns, never colour alone.
 * No external fonts or images.
 */
import type { PaperSize } from '../model';

const PAGE_SIZE: Record<PaperSize, string> = { a4: 'A4', letter: 'letter' };

/** Paper size and margins, with page numbers in the bottom margin (Chromium 131+ margin boxes). */
export function pageCss(paper: PaperSize): string {
  return `@page {
  size: ${PAGE_SIZE[paper]};
  margin: 16mm 15mm 18mm 15mm;
  @bottom-left { content: "X Exposure \\2014  personal exposure report"; font: 8pt system-ui, sans-serif; color: #444; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #444; }
}`;
}

export const REPORT_CSS = `
.xr {
  --xr-ink: #111;
  --xr-muted: #4a4a4a;
  --xr-rule: #8a8a8a;
  --xr-soft: #f1f1f1;
  --xr-accent: #9b1c1c;
  color: var(--xr-ink);
  background: #fff;
  font: 10pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", "Liberation Sans", sans-serif;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
.xr *, .xr *::before, .xr *::after { box-sizing: border-box; }
.xr h1 { font-size: 20pt; line-height: 1.15; margin: 0 0 2mm; }
.xr h2 {
  font-size: 13pt; margin: 7mm 0 2.5mm; padding-bottom: 1mm; border-bottom: 1.5pt solid var(--xr-ink);
  break-after: avoid; page-break-after: avoid;
}
.xr h3 { font-size: 10.5pt; margin: 3mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }
.xr p { margin: 0 0 2mm; }
.xr ul, .xr ol { margin: 0 0 2mm; padding-left: 5mm; }
.xr li { margin: 0 0 1mm; break-inside: avoid; page-break-inside: avoid; }
.xr small, .xr .xr-muted { color: var(--xr-muted); }
.xr .xr-keep { break-inside: avoid; page-break-inside: avoid; }
.xr .xr-section { break-inside: auto; }
.xr .xr-page-break { break-before: page; page-break-before: always; }

.xr-cover { border: 1.5pt solid var(--xr-ink); padding: 5mm 6mm; margin-bottom: 4mm; }
.xr-cover .xr-kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 8pt; color: var(--xr-muted); margin: 0 0 1mm; }
.xr-meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 4mm; margin: 2mm 0 0; font-size: 9pt; }
.xr-meta dt { color: var(--xr-muted); }
.xr-meta dd { margin: 0; }

.xr-cover { break-after: page; page-break-after: always; }
.xr-summary-title { font-size: 11pt; margin: 4mm 0 1.5mm; border: 0; }
.xr-doors { width: 100%; border-collapse: collapse; margin: 1mm 0 2mm; font-size: 9.5pt; }
.xr-doors th, .xr-doors td { border-bottom: 0.5pt solid var(--xr-rule); padding: 1.2mm 2mm 1.2mm 0; text-align: left; vertical-align: baseline; }
.xr-doors td.xr-n { text-align: right; white-space: nowrap; }
.xr-doors strong { font-size: 13pt; }
.xr-risks { margin: 0 0 2mm; padding-left: 5mm; }
.xr-checked { margin: 4mm 0 0; font-size: 9pt; }
.xr-sources li { font-size: 8.5pt; }
.xr-address { overflow-wrap: anywhere; }
.xr-letter { border: 1pt solid var(--xr-rule); padding: 3mm 4mm; font-size: 9.5pt; break-inside: avoid; page-break-inside: avoid; }
.xr-letter p { margin: 0 0 2mm; white-space: pre-line; overflow-wrap: anywhere; }
.xr-sentence { font-size: 10.5pt; margin: 0 0 2mm; }

.xr-notice { border-left: 3pt solid var(--xr-ink); background: var(--xr-soft); padding: 2mm 3mm; margin: 2mm 0; }

.xr-channels { display: grid; grid-template-columns: 1fr; gap: 2.5mm; }
.xr-channel { box-sizing: border-box; min-width: 0; border: 1pt solid var(--xr-rule); padding: 2.5mm 3mm; }
.xr-channel > p { break-after: avoid; page-break-after: avoid; }
.xr-channel header { break-after: avoid; page-break-after: avoid; display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; }
.xr-channel header strong { font-size: 11pt; }
.xr-channel header span { font-size: 11pt; font-weight: 700; white-space: nowrap; }
.xr-basis { list-style: none; padding: 0; margin: 1.5mm 0 0; font-size: 8.5pt; }
.xr-basis li { padding-left: 0; }

.xr-tag {
  display: inline-block; border: 0.75pt solid var(--xr-ink); border-radius: 1mm; padding: 0 1.2mm;
  font-size: 7.5pt; font-weight: 600; line-height: 1.5; text-transform: uppercase; letter-spacing: 0.03em;
  white-space: nowrap; vertical-align: 0.3mm;
}
.xr-tag-uncertain { border-style: dashed; font-style: italic; }
.xr-tag-high { background: var(--xr-ink); color: #fff; }
.xr-tag-medium { border-width: 1.5pt; }
.xr-tag-low { color: var(--xr-muted); border-color: var(--xr-rule); }

.xr-figure { margin: 2mm 0 3mm; break-inside: avoid; page-break-inside: avoid; }
.xr-figure svg { display: block; width: 100%; height: auto; }
.xr-figure figcaption { font-size: 8.5pt; color: var(--xr-muted); margin-top: 1mm; }

.xr-events { list-style: none; padding: 0; font-size: 8.5pt; }
.xr-events li { display: grid; grid-template-columns: 6mm 24mm 1fr; gap: 2mm; }
.xr-num {
  display: inline-block; width: 4.6mm; height: 4.6mm; border: 0.75pt solid var(--xr-ink); border-radius: 50%;
  text-align: center; font-size: 7pt; line-height: 4.3mm; font-weight: 700;
}

.xr-tables { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm 6mm; align-items: start; }
.xr table { width: 100%; border-collapse: collapse; font-size: 9pt; }
.xr caption { text-align: left; font-weight: 700; font-size: 9.5pt; padding-bottom: 1mm; }
.xr th, .xr td { text-align: left; padding: 0.8mm 1.5mm; border-bottom: 0.5pt solid var(--xr-rule); vertical-align: top; }
.xr thead th { font-weight: 600; border-bottom: 1pt solid var(--xr-ink); }
.xr tbody th { font-weight: 400; }
.xr tr { break-inside: avoid; page-break-inside: avoid; }
.xr thead { display: table-header-group; }
.xr td.xr-n, .xr th.xr-n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.xr td.xr-bar { width: 28%; }
.xr td.xr-bar svg { display: block; width: 100%; height: 2.6mm; }
.xr-count-table { break-inside: avoid; page-break-inside: avoid; }
.xr-count-table + .xr-count-table { margin-top: 3mm; }
.xr-comparison-table { break-inside: avoid; page-break-inside: avoid; margin-bottom: 3mm; }

.xr-items td { font-size: 8.5pt; }
.xr-items .xr-text { font-size: 9pt; overflow-wrap: anywhere; white-space: pre-wrap; }
.xr-items .xr-note { font-style: italic; color: var(--xr-muted); }

.xr-checklist td:first-child { width: 26mm; }
.xr-status { font-weight: 700; white-space: nowrap; }

.xr-caveat { border: 2pt solid var(--xr-ink); padding: 3mm 4mm; margin: 3mm 0; break-inside: avoid; page-break-inside: avoid; }
.xr-caveat h2 { margin-top: 0; border-bottom: none; }

.xr-facts { font-size: 8.5pt; }
.xr-sources { font-size: 8pt; }
.xr-sources li { overflow-wrap: anywhere; }
.xr-footer { margin-top: 6mm; padding-top: 2mm; border-top: 0.75pt solid var(--xr-rule); font-size: 8pt; color: var(--xr-muted); }

@media screen {
  .xr { padding: 16mm 15mm; }
}
`;
