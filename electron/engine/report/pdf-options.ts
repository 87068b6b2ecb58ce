/**
 * How to print the report's HTML to PDF. Paper size and margins come from the document's @page rule and
 * the page numbers from its margin boxes, so no header/footer templates are needed.
 */
import type { PaperSize } from '../../../shared/report/model';

/** For playwright-core's `page.pdf()`. */
export function chromiumPdfOptions(paper: PaperSize) {
  return {
    format: paper === 'a4' ? 'A4' : 'Letter',
    preferCSSPageSize: true,
    printBackground: true,
  } as const;
}

/** For Electron's `webContents.printToPDF()`. */
export function electronPdfOptions(paper: PaperSize) {
  return {
    pageSize: paper === 'a4' ? 'A4' : 'Letter',
    preferCSSPageSize: true,
    printBackground: true,
  } as const;
}
