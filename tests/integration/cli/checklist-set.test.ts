import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChecklistView } from '../../../shared/checklist/types';
import { copyFixture, readExpectations } from '../schema/schema-fixtures';

const BIN = resolve(__dirname, '../../../bin/x-exposure.mjs');
const FIXTURE = 'v33bc953';
const { archiveId } = readExpectations(FIXTURE);
const dataDir = copyFixture(FIXTURE);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function checklist(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'checklist', archiveId, ...args, '--data-dir', dataDir], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const statusOf = (view: ChecklistView, id: string) =>
  view.steps.find((s) => s.step.id === id)!.progress.status;

describe('x-exposure checklist --set', () => {
  it('sets every step given, in one command', () => {
    const r = checklist('--set', 'bookmarks=done', '--set', 'grokHistory=skipped', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const view = JSON.parse(r.stdout) as ChecklistView;
    expect(statusOf(view, 'bookmarks')).toBe('done');
    expect(statusOf(view, 'grokHistory')).toBe('skipped');
  });

  it('refuses one step set twice, or an unknown one among good ones, and writes none of them', () => {
    for (const args of [
      ['--set', 'protectPosts=done', '--set', 'protectPosts=todo'],
      ['--set', 'protectPosts=done', '--set', 'nosuchstep=done'],
    ]) {
      const r = checklist(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error: (step protectPosts is set more than once|unknown step nosuchstep)/);
    }
    const view = JSON.parse(checklist('--json').stdout) as ChecklistView;
    expect(statusOf(view, 'protectPosts')).toBe('skipped');
  });
});
