/** Shared set-up for the report integration tests: temp data folders and imports through the real engine. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine, importArchive } from '../../../electron/engine/index';
import type { ArchiveSummary } from '../../../shared/model/summary';

export const REAL_ARCHIVE = '/work/shared/fixtures/real/alrocar__x';
export const ARTIFACTS = join(process.cwd(), 'tests/e2e/artifacts/report');

export interface Imported {
  dir: string;
  dataDir: string;
  summary: ArchiveSummary;
  engine: Engine;
  /** Closes the engine and opens a new one on the same data folder, as an app restart does. */
  restart(): void;
  cleanup(): void;
}

export async function importInto(inputPath: string | ((dir: string) => Promise<string>)): Promise<Imported> {
  const dir = mkdtempSync(join(tmpdir(), 'xexp-report-'));
  const dataDir = join(dir, 'data');
  const input = typeof inputPath === 'string' ? inputPath : await inputPath(dir);
  const summary = await importArchive(input, { dataDir });
  const imported: Imported = {
    dir,
    dataDir,
    summary,
    engine: new Engine({ dataDir }),
    restart() {
      imported.engine.close();
      imported.engine = new Engine({ dataDir });
    },
    cleanup() {
      imported.engine.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return imported;
}
