/**
 * The checklist and report through the CLI on a real archive: the checked-on date, the 2025-2026 steps,
 * and the rights letter, which follows the person's answer to "where do you live?", kept per account.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChecklistView } from '../../../shared/checklist/types';
import { REAL, tempDir } from '../engine/helpers';

const BIN = resolve(__dirname, '../../../bin/x-exposure.mjs');
const work = tempDir('xexp-rights-');
afterAll(() => work.cleanup());
const dataDir = join(work.dir, 'data');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--data-dir', dataDir], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function checklist(...extra: string[]): ChecklistView {
  const r = run('checklist', archiveId, ...extra, '--json');
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as ChecklistView;
}

let archiveId = '';

describe('checklist and report through the CLI', () => {
  it('imports a real archive', () => {
    const r = run('import', join(REAL, 'alrocar__x'), '--json');
    expect(r.code).toBe(0);
    archiveId = (JSON.parse(r.stdout) as { archiveId: string }).archiveId;
  });

  it('carries the checked-on date, the new steps and the rights offer in its JSON', () => {
    const view = checklist();
    expect(view.contentAsOf).toBe('2026-12-06');
    expect(view.checkedOnLine).toBe('Facts checked on 6 Dec 2026');
    const ids = view.steps.map((s) => s.step.id);
    expect(ids).toEqual(expect.arrayContaining(['grokPersonalization', 'grokCom', 'grokImageEdits']));
    for (const s of view.steps)
      for (const src of s.step.sources) expect(src.publisher.length).toBeGreaterThan(1);
    expect(view.rights).toHaveProperty('summary');
    const { timeline } = view as ChecklistView & {
      timeline: Array<{ date: string; label: string; certainty: string; sources: string[] }>;
    };
    const event = (date: string) => timeline.find((e) => e.date === date)!;
    expect(event('2025-03-28').label).toContain('owner’s own use');
    expect(event('2024-12-17').sources[0]).toContain('European Data Protection Board');
    expect(event('2026-08-24').certainty).toBe('uncertain');
  });

  it('drafts a GDPR objection once the person says they live in the EU, and remembers it', () => {
    const eu = checklist('--residence', 'eu');
    expect(eu.rights.residenceSource).toBe('answer');
    expect(eu.rights.letter?.addressee[0]).toBe('X Internet Unlimited Company');
    expect(eu.rights.letter?.body).toContain('@alrocar');
    expect(eu.rights.letter?.body).toContain('Article 21(1)');
    expect(eu.rights.letter?.body).toMatch(/\d[\d,]* posts, replies and reposts/);
    expect(checklist().rights.residence).toBe('eu');

    const text = run('checklist', archiveId);
    expect(text.stdout).toContain('--- drafted letter (nothing was sent) ---');
    expect(text.stdout).toContain('\nSubject: Objection to AI training (GDPR Article 21)');
    expect(text.stdout).toContain('\nX Internet Unlimited Company\nAttn: Data Protection Officer\n');
  });

  it.each([
    ['california', 'X Corp.', '§1798.105'],
    ['canada', 'X Corp.', 'Principles 4.3.8 and 4.9'],
    ['uk', 'X Internet Unlimited Company', 'UK GDPR'],
  ])('%s: the letter goes to %s under %s', (place, to, law) => {
    const view = checklist('--residence', place);
    expect(view.rights.letter?.addressee[0]).toBe(to);
    expect(view.rights.letter?.law).toContain(law);
  });

  it('says so plainly where no right to object is known, and asks again once unset', () => {
    const elsewhere = checklist('--residence', 'elsewhere');
    expect(elsewhere.rights.letter).toBeNull();
    expect(elsewhere.rights.noRight).toContain('No legal right to object to AI training is known');
    expect(checklist('--residence', 'unset').rights.residenceSource).not.toBe('answer');
  });

  it('refuses an unknown place with one clear line', () => {
    const r = run('checklist', archiveId, '--residence', 'mars');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(
      /^error: unknown place mars; places: eu, uk, ch, california, canada, elsewhere/,
    );
  });

  it('writes a report with the summary page, numbered sources and the letter', () => {
    checklist('--residence', 'eu');
    const out = join(work.dir, 'report.html');
    expect(run('report', archiveId, '--out', out).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('What is exposed, through which door');
    expect(html).toContain('Facts checked on 6 Dec 2026');
    expect(html).toContain('Your rights, and a letter to use them');
    expect(html).toContain('X Internet Unlimited Company');
    expect(html).toContain('Data Protection Commission (Ireland)');
    expect(html).not.toMatch(/OTA-(PP|ToS|Dev)|research notes|Research-note|UI-clone/);
  });
});
