/** The harness's stand-in for Electron's dialogs and shell: scripted by the test, recorded for it. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Host } from '../../../electron/engine/service/host';

export class HarnessHost implements Host {
  readonly nextPicks: string[] = [];
  readonly opened: string[] = [];
  readonly saved: string[] = [];

  constructor(private readonly exportsDir: string) {}

  async pickArchive(): Promise<string | null> {
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
}
