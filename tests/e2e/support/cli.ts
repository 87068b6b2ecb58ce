/** Runs the real `x-exposure` CLI, so e2e numbers can be checked against what the command line says. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { ArchiveComparison } from '../../../shared/model/compare';
import type { ArchiveSummary } from '../../../shared/model/summary';
import type { AccountData } from '../../../shared/model/account-data';

const ROOT = resolve(import.meta.dirname, '../../..');

/** One CLI command with `--json` against a data folder, its output parsed. */
function cliJson<T>(dataDir: string, args: string[]): T {
  const out = execFileSync(
    process.execPath,
    ['bin/x-exposure.mjs', ...args, '--json', '--data-dir', dataDir],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return JSON.parse(out) as T;
}

/** The summary, with what X holds about the person (`accountData`). */
export function cliSummary(
  dataDir: string,
  archiveId: string,
): ArchiveSummary & { accountData: AccountData } {
  return cliJson(dataDir, ['summary', archiveId]);
}

export function cliCompare(dataDir: string, olderId: string, newerId: string): ArchiveComparison {
  return cliJson(dataDir, ['compare', olderId, newerId]);
}
