import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { HOSTILE_CASES, type HostileCase } from '../../fixtures/hostile/index';
import { generateArchive } from '../../fixtures/generator/index';
import { terminalSafe } from '../../../electron/cli/terminal-text';
import { runCli, type CliRun } from './run-cli';
import { diffSnapshots, sha256File, snapshotTree } from './tree-snapshot';
import { formatOutcomeTable, type OutcomeRow } from './outcome-table';

/** Each case's CLI run is killed after this; a kill fails the case. */
const CASE_BOUND_MS = 20_000;

interface GoodArchive {
  id: string;
  summary: string;
  dbFile: string;
  dbHash: string;
}

function librarySummaries(dataDir: string): Map<string, string> {
  const db = new Database(join(dataDir, 'library.sqlite'), { fileMustExist: true });
  try {
    const rows = db.prepare('SELECT archive_id, summary FROM archives').all() as Array<{
      archive_id: string;
      summary: string;
    }>;
    return new Map(rows.map((r) => [r.archive_id, r.summary]));
  } finally {
    db.close();
  }
}

function outcomeOf(run: CliRun): string {
  if (run.timedOut) return 'timeout';
  if (run.code === 2) return 'fatal';
  if (run.code !== 0) return `exit ${run.code ?? run.signal}`;
  try {
    return (JSON.parse(run.stdout) as ArchiveSummary).partial ? 'partial' : 'ok';
  } catch {
    return 'bad json';
  }
}

function detailOf(run: CliRun): string {
  if (run.code !== 0) return run.stderr.trim();
  try {
    const s = JSON.parse(run.stdout) as ArchiveSummary;
    const notable = s.files.filter((f) => f.status !== 'imported' && f.status !== 'empty');
    const shown = notable.length > 0 ? notable : s.files.filter((f) => f.message);
    return shown
      .slice(0, 2)
      .map((f) => `${f.path} ${f.status}${f.message ? `: ${f.message}` : ''}`)
      .concat(s.warnings.slice(0, 1).map((w) => `warning: ${w}`))
      .join(' | ');
  } catch {
    return run.stdout.slice(0, 200);
  }
}

describe('hostile and broken archives, imported with the real CLI', () => {
  let root: string;
  let template: string;
  let good: GoodArchive;
  const rows: OutcomeRow[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xe-hostile-'));
    const generated = await generateArchive({
      out: join(root, 'good.zip'),
      items: 300,
      seed: 7,
      media: false,
    });
    template = join(root, 'template-data');
    const run = await runCli(['import', generated.path, '--json', '--data-dir', template], {
      timeoutMs: 60_000,
    });
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as ArchiveSummary;
    const dbFile = join('archives', `${summary.archiveId}.sqlite`);
    good = {
      id: summary.archiveId,
      summary: librarySummaries(template).get(summary.archiveId)!,
      dbFile,
      dbHash: sha256File(join(template, dbFile)),
    };
    expect(good.summary).toBeDefined();
  });

  afterAll(() => {
    if (rows.length > 0) console.log(`\nHostile archive outcomes\n${formatOutcomeTable(rows)}\n`);
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('has at least 40 named cases, each with a unique name', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(HOSTILE_CASES.map((c) => c.name)).size).toBe(HOSTILE_CASES.length);
  });

  HOSTILE_CASES.forEach((c: HostileCase, index) => {
    it(`${c.group}: ${c.name} -> ${c.expect}`, async () => {
      const caseRoot = join(root, `case-${String(index).padStart(2, '0')}`);
      const inputDir = join(caseRoot, 'input');
      const dataDir = join(caseRoot, 'data');
      const home = join(caseRoot, 'home');
      const cwd = join(caseRoot, 'cwd');
      for (const d of [inputDir, home, cwd]) mkdirSync(d, { recursive: true });
      cpSync(template, dataDir, { recursive: true });
      const input = await c.build(inputDir);

      const outsideData = (rel: string) => rel === 'data' || rel.startsWith(`data/`);
      const treeBefore = snapshotTree(caseRoot, outsideData);
      const dataBefore = snapshotTree(dataDir);
      const run = await runCli(['import', input, '--json', '--data-dir', dataDir], {
        cwd,
        timeoutMs: CASE_BOUND_MS,
        env: {
          ...process.env,
          HOME: home,
          XDG_DATA_HOME: join(home, 'data'),
          XDG_CONFIG_HOME: join(home, 'config'),
          XDG_CACHE_HOME: join(home, 'cache'),
        },
      });
      const actual = outcomeOf(run);
      rows.push({
        group: c.group,
        name: c.name,
        expected: c.expect,
        actual,
        exit: String(run.code ?? run.signal),
        ms: run.ms,
        detail: detailOf(run),
      });

      // Bounded, no crash, no stack trace, nothing written outside the data folder, no partial left.
      expect(run.timedOut, `killed after ${CASE_BOUND_MS} ms`).toBe(false);
      expect(run.signal).toBeNull();
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(diffSnapshots(treeBefore, snapshotTree(caseRoot, outsideData))).toEqual([]);
      expect(readdirSync(join(dataDir, 'archives')).filter((n) => n.includes('.partial'))).toEqual([]);
      if (c.canary) expect(run.stdout + run.stderr).not.toContain(c.canary);
      expect(actual).toBe(c.expect);

      if (c.expect === 'fatal') {
        expect(run.stdout).toBe('');
        expect(run.stderr.endsWith('\n')).toBe(true);
        const lines = run.stderr.slice(0, -1).split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]!.startsWith(`error: ${terminalSafe(input)}: `), lines[0]).toBe(true);
        expect(lines[0]).toMatch(c.message!);
        // The library is exactly as it was: same files, same bytes.
        expect(diffSnapshots(dataBefore, snapshotTree(dataDir))).toEqual([]);
        return;
      }

      expect(run.stderr).toBe('');
      const summary = JSON.parse(run.stdout) as ArchiveSummary;
      expect(summary.partial).toBe(c.expect === 'partial');
      if (c.expect === 'partial') {
        expect(summary.files.some((f) => f.status === 'error' && !!f.message)).toBe(true);
      } else {
        expect(summary.files.filter((f) => f.status === 'error')).toEqual([]);
      }
      for (const want of c.files ?? []) {
        const got = summary.files.find((f) => f.path === want.path);
        expect(got, `no report for ${JSON.stringify(want.path)}`).toBeDefined();
        expect(got!.status).toBe(want.status);
        if (want.message) expect(got!.message ?? '').toMatch(want.message);
        if (want.records !== undefined) expect(got!.records).toBe(want.records);
      }
      expect(summary.counts).toMatchObject(c.counts ?? {});
      if (c.warning) expect(summary.warnings.join('\n')).toMatch(c.warning);
      // The good archive already in the library is untouched; the new one sits beside it.
      expect(sha256File(join(dataDir, good.dbFile))).toBe(good.dbHash);
      const library = librarySummaries(dataDir);
      expect(library.get(good.id)).toBe(good.summary);
      expect([...library.keys()].sort()).toEqual([good.id, summary.archiveId].sort());
      expect(existsSync(join(dataDir, 'archives', `${summary.archiveId}.sqlite`))).toBe(true);
    }, 90_000);
  });
});
