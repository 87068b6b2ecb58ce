/**
 * Prints the report's self-contained HTML to PDF in a hidden, sandboxed window with no preload. The HTML
 * goes through a private temporary file, so its size is not limited like a data: URL's.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import type { PaperSize } from '../../shared/report/model';
import { electronPdfOptions } from '../engine/report/pdf-options';
import { secureWebPreferences } from './security';

export async function printHtmlToPdf(html: string, paper: PaperSize): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'x-exposure-print-'));
  const window = new BrowserWindow({
    show: false,
    webPreferences: { ...secureWebPreferences(), javascript: false },
  });
  try {
    const file = join(dir, 'report.html');
    await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
    await window.loadFile(file);
    return await window.webContents.printToPDF(electronPdfOptions(paper));
  } finally {
    window.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
