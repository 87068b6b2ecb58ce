import { describe, expect, it } from 'vitest';
import { accountStateNow, checklistSignals } from '../../../electron/engine/checklist/signals';
import type { VisibilitySettings } from '../../../shared/model/overview';
import { sampleSummary } from '../../fixtures/report/sample-inputs';

const evidence = {
  timeZone: 'Europe/Madrid',
  phoneNumbers: [],
  profileLocation: 'VLC',
  locationHistory: [],
  languages: [],
  postLanguages: { es: 700, ca: 6 },
  inferredInterests: 12,
  advertisers: 3,
};

describe('checklist signals', () => {
  const cases: Array<[VisibilitySettings, string]> = [
    [{ fromArchive: [], userRanges: null, hasHistory: false }, 'assumedPublic'],
    [
      { fromArchive: [{ from: '2024-01-01', to: '2024-02-01' }], userRanges: null, hasHistory: true },
      'public',
    ],
    [{ fromArchive: [{ from: '2024-01-01', to: null }], userRanges: null, hasHistory: true }, 'protected'],
    [{ fromArchive: [{ from: '2024-01-01', to: null }], userRanges: [], hasHistory: true }, 'public'],
    [{ fromArchive: [], userRanges: [{ from: '2020-01-01', to: null }], hasHistory: false }, 'protected'],
  ];
  it.each(cases)('account state for %j is %s', (visibility, expected) => {
    expect(accountStateNow(visibility)).toBe(expected);
  });

  it('derives counts from the summary and hints from the archive', () => {
    const s = checklistSignals(
      sampleSummary(),
      { fromArchive: [], userRanges: null, hasHistory: false },
      evidence,
    );
    expect(s).toMatchObject({
      totalItems: 440,
      highLevelItems: 3,
      grokMessages: 10,
      // 70 in the Grok channel minus 10 Grok messages
      publicPostsSinceCutoff: 60,
      accountNow: 'assumedPublic',
      inferredInterests: 12,
      advertisers: 3,
      bookmarks: null,
    });
    expect(s.euHints).toEqual([
      { source: 'timezone', value: 'Europe/Madrid', strength: 'strong' },
      { source: 'postLanguage', value: 'Catalan: 6 posts', strength: 'weak' },
    ]);
  });
});
