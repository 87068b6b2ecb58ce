/**
 * A generated archive imported into a fresh data folder with an engine open on it, for the whole of a
 * test file: set up before its tests, closed and removed after them.
 */
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { Engine, importArchive } from '../../../electron/engine/index';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { generateArchive } from '../../fixtures/generator/index';
import { tempDir } from './helpers';

export interface GeneratedLibrary {
  readonly engine: Engine;
  readonly summary: ArchiveSummary;
  /** The data folder the archive was imported into. */
  readonly dataDir: string;
  /** The imported archive's own database file. */
  readonly archiveFile: string;
}

/**
 * Registers the set-up and clean-up hooks; the returned object is filled in once the set-up has run,
 * so read its fields inside tests, not at the top of the file.
 */
export function useGeneratedLibrary(opts: { items: number; seed: number }): GeneratedLibrary {
  let work: ReturnType<typeof tempDir> | undefined;
  let engine: Engine | undefined;
  let summary: ArchiveSummary | undefined;
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the generated library is read before its set-up ran');
    return value;
  };
  beforeAll(async () => {
    work = tempDir('xe-generated-');
    const generated = await generateArchive({ out: join(work.dir, 'generated.zip'), ...opts });
    summary = await importArchive(generated.path, { dataDir: join(work.dir, 'data') });
    engine = new Engine({ dataDir: join(work.dir, 'data') });
  }, 60_000);
  afterAll(() => {
    engine?.close();
    work?.cleanup();
  });
  return {
    get engine() {
      return ready(engine);
    },
    get summary() {
      return ready(summary);
    },
    get dataDir() {
      return join(ready(work).dir, 'data');
    },
    get archiveFile() {
      return join(ready(work).dir, 'data', 'archives', `${ready(summary).archiveId}.sqlite`);
    },
  };
}
