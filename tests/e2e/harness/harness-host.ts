/** The harness's stand-in for Electron's dialogs and shell: scripted by the test, recorded for it. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPdfOptions } from '../../../electron/engine/report/pdf-options';
import type { Host } from '../../../electron/engine/service/host';
import type { PaperSize } from '../../../shared/report/model';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium';

export class HarnessHost implements Host {
  readonly nextPicks: string[] = [];
  readonly opened: string[] = [];
  readonly saved: string[] = [];

  constructor(private readonly exportsDir: string) {}

  async pickArchive(): Promise<string | null> {
    return this.nextPicks.shift() ?? null;
  }

  async pickOpenFile(): Promise<string | null> {
    return this.nextPicks.shift() ?? null;
  }

  async pickSavePath({ defaultName }: { defaultName: string }): Promise<string> {
    mkdirSync(this.exportsDir, { recursive: true });
    const path = join(this.exportsDir, `${this.saved.length + 1}-${defaultName}`);
    this.saved.push(path);
    return path;
  }

  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  }

  private browser: Promise<Browser> | null = null;

  /** Prints with Debian's Chromium, as the app prints with Electron's. */
  async printToPdf(html: string, paper: PaperSize): Promise<Uint8Array> {
    this.browser ??= chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const context = await (await this.browser).newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf(chromiumPdfOptions(paper));
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    if (this.browser) await (await this.browser).close();
  }
}
