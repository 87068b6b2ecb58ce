import { describe, expect, it } from 'vitest';
import { reportModelFrom, TOP_ITEM_CHARS } from '../../../shared/report/build-model';
import { FACT_IDS, FACTS } from '../../../shared/exposure/facts';
import { LEVEL_RULE_TEXT } from '../../../shared/exposure/level';
import { POLICY_TIMELINE } from '../../../shared/exposure/policy-timeline';
import { sampleInputs } from '../../fixtures/report/sample-inputs';

const options = { redactText: false, paper: 'a4' } as const;

describe('reportModelFrom', () => {
  it('carries account, dates and version', () => {
    const m = reportModelFrom(sampleInputs(), options);
    expect(m.meta).toMatchObject({
      username: 'sample',
      accountId: '52338276',
      archiveGeneratedAt: '2024-11-16T11:33:22.222Z',
      reportGeneratedAt: '2026-11-22T12:00:00.000Z',
      appVersion: '0.1.0',
    });
  });

  it('adds up the headline from the summary', () => {
    const m = reportModelFrom(sampleInputs(), options);
    // 120 posts + 4 deleted + 300 likes + 10 Grok + 6 DMs; no bookmark file
    expect(m.headline).toMatchObject({
      totalItems: 440,
      thirdParty: 440,
      grokTraining: 70,
      openWeb: 110,
      high: 3,
      medium: 40,
    });
    expect(m.headline.sentence).toBe(
      '440 of your 440 items are within reach of third-party AI training; 70 can be used to train Grok; 110 can be read by anyone today; 3 are rated high.',
    );
    expect(m.kinds.map((k) => k.key)).not.toContain('bookmark');
  });

  it('explains each channel with its policy basis and date', () => {
    const m = reportModelFrom(sampleInputs(), options);
    expect(m.channels.map((c) => [c.channel, c.count, c.since])).toEqual([
      ['thirdParty', 440, '2024-11-15'],
      ['grokTraining', 70, '2023-09-29'],
      ['openWeb', 110, null],
    ]);
    const third = m.channels[0]!;
    expect(third.basis[0]!.claim).toContain('third-party collaborators');
    expect(third.basis[0]!.sources).toMatch(/^\[\d+(, \d+)*\]$/);
    expect(third.basis.some((b) => b.certainty === 'uncertain')).toBe(true);
  });

  it('numbers every policy event for the chart', () => {
    const m = reportModelFrom(sampleInputs(), options);
    expect(m.timeline.events.map((e) => e.number)).toEqual(POLICY_TIMELINE.map((_, i) => i + 1));
    expect(m.timeline.undated).toEqual([{ key: 'like', label: 'Likes', count: 300 }]);
  });

  it('shortens item text, hides DM text, and redacts all text on request', () => {
    const m = reportModelFrom(sampleInputs(), options);
    expect(m.topItems[0]!.text).toContain('diagnosis');
    expect(m.topItems[1]!.text).toBeNull();
    expect(m.topItems[1]!.textNote).toContain('Direct message');
    expect(m.topItems[2]!.textNote).toBe('No text.');
    expect(Array.from(m.topItems[3]!.text!).length).toBeLessThanOrEqual(TOP_ITEM_CHARS);
    expect(m.topItems[3]!.text!.endsWith('…')).toBe(true);

    const redacted = reportModelFrom(sampleInputs(), { redactText: true, paper: 'letter' });
    expect(redacted.topItems.every((i) => i.text === null)).toBe(true);
    expect(JSON.stringify(redacted)).not.toContain('diagnosis');
    expect(JSON.stringify(redacted)).not.toContain('secret DM');
  });

  it('says the visibility was assumed without protected history', () => {
    const m = reportModelFrom(sampleInputs(), options);
    expect(m.visibility.note).toContain('six months');
    expect(m.visibility.note).toContain('assumed your account was always public');
    const inputs = sampleInputs();
    inputs.visibility = {
      fromArchive: [],
      hasHistory: false,
      userRanges: [{ from: '2020-01-01', to: '2021-03-01' }],
    };
    expect(reportModelFrom(inputs, options).visibility.note).toContain(
      'You corrected this: your account was protected from 1 Jan 2020 to 1 Mar 2021.',
    );
  });

  it('carries the checklist status and the cannot-undo caveat', () => {
    const m = reportModelFrom(sampleInputs(), options);
    expect(m.checklist.totals.done).toBe(1);
    expect(m.checklist.steps[0]).toMatchObject({
      status: 'done',
      statusLabel: 'Done',
      updatedAt: '2026-11-21T08:00:00.000Z',
    });
    expect(m.cannotUndo.points[0]).toContain('forward only');
  });

  it('prints the level rule and every fact once, with its certainty and numbered sources', () => {
    const m = reportModelFrom(sampleInputs(), options);
    expect(m.method.levelRule).toBe(LEVEL_RULE_TEXT);
    const printed = [
      ...m.channels.flatMap((c) => c.basis.map((b) => b.claim)),
      ...m.method.facts.map((f) => f.claim),
    ];
    expect(printed.sort()).toEqual(FACT_IDS.map((id) => FACTS[id].claim).sort());
    for (const f of m.method.facts) expect(f.sources).toMatch(/^\[\d+(, \d+)*\]$/);
    expect(m.method.sources.length).toBeGreaterThan(5);
    expect(m.method.sources.map((s) => s.number)).toEqual(m.method.sources.map((_, i) => i + 1));
    for (const s of m.method.sources) expect(s.address.length).toBeGreaterThan(5);
  });

  it('warns when the import was partial', () => {
    const inputs = sampleInputs();
    inputs.summary.partial = true;
    inputs.summary.files = [
      { path: 'data/like.js', type: 'like', records: 0, status: 'error', message: 'bad' },
    ];
    expect(reportModelFrom(inputs, options).warnings[0]).toContain('data/like.js');
  });
});
