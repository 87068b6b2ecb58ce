/** Runs the real `x-exposure` CLI, so e2e numbers can be checked against what the command line says. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { ArchiveSummary } from '../../../shared/model/summary';

const ROOT = resolve(import.meta.dirname, '../../..');

export function cliSummary(dataDir: string, archiveId: string): ArchiveSummary {
  const out = execFileSync(
    process.execPath,
    ['bin/x-exposure.mjs', 'summary', archiveId, '--json', '--data-dir', dataDir],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as ArchiveSummary;
}
