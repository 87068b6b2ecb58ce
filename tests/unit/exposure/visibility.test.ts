import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  protectedRangesFromHistory,
  publicAnyTimeBetween,
  SINCE_BEGINNING,
  visibilityAt,
  type ProtectEvent,
} from '../../../shared/exposure/visibility';

const P = (at: string): ProtectEvent => ({ at, action: 'Protect' });
const U = (at: string): ProtectEvent => ({ at, action: 'Unprotect' });
const T1 = '2021-01-01T00:00:00.000Z';
const T2 = '2022-01-01T00:00:00.000Z';
const T3 = '2023-01-01T00:00:00.000Z';
const T4 = '2024-01-01T00:00:00.000Z';

describe('protectedRangesFromHistory', () => {
  it.each([
    ['no events: no ranges (public assumed)', [], []],
    ['one Protect: public before, protected since', [P(T1)], [{ from: T1, to: null }]],
    ['one Unprotect: protected before, public since', [U(T1)], [{ from: SINCE_BEGINNING, to: T1 }]],
    ['Protect then Unprotect', [P(T1), U(T2)], [{ from: T1, to: T2 }]],
    [
      'Unprotect then Protect',
      [U(T1), P(T2)],
      [
        { from: SINCE_BEGINNING, to: T1 },
        { from: T2, to: null },
      ],
    ],
    [
      'unsorted input is sorted first',
      [U(T4), P(T1), P(T3), U(T2)],
      [
        { from: T1, to: T2 },
        { from: T3, to: T4 },
      ],
    ],
    ['a repeated action changes nothing', [P(T1), P(T2), U(T3), U(T4)], [{ from: T1, to: T3 }]],
    [
      'a Protect and Unprotect at the same instant leave no range',
      [P(T1), U(T1), P(T2)],
      [{ from: T2, to: null }],
    ],
    ['unreadable dates are skipped', [P('not a date'), P(T1), U(T2)], [{ from: T1, to: T2 }]],
    [
      'other ISO spellings are normalised',
      [P('2021-01-01T01:00:00+01:00'), U('2022-01-01T00:00:00Z')],
      [{ from: T1, to: T2 }],
    ],
  ] as Array<[string, ProtectEvent[], unknown]>)('%s', (_name, events, expected) => {
    expect(protectedRangesFromHistory(events)).toEqual(expected);
  });

  it('reads the real protected-history.js of a 2021 archive (12 events, 6 ranges, public at the end)', () => {
    const file = join(
      import.meta.dirname,
      '../../../../shared/fixtures/real/MorangTheClang__Twitter2/data/protected-history.js',
    );
    const source = readFileSync(file, 'utf8');
    const events = (
      JSON.parse(source.slice(source.indexOf('['))) as Array<{
        protectedHistory: { protectedAt: string; action: 'Protect' | 'Unprotect' };
      }>
    ).map((e) => ({ at: e.protectedHistory.protectedAt, action: e.protectedHistory.action }));
    const ranges = protectedRangesFromHistory(events);
    expect(ranges).toHaveLength(6);
    expect(ranges[0]).toEqual({ from: '2021-02-02T07:40:29.000Z', to: '2021-02-02T07:46:03.000Z' });
    expect(ranges[5]).toEqual({ from: '2021-02-05T03:23:12.000Z', to: '2021-02-06T21:17:09.000Z' });
    expect(visibilityAt(ranges, true, '2021-02-05T12:00:00.000Z')).toBe('protected');
    expect(visibilityAt(ranges, true, '2021-03-01T00:00:00.000Z')).toBe('public');
    // Before the first event the state is the opposite of a Protect: public.
    expect(visibilityAt(ranges, true, '2020-01-01T00:00:00.000Z')).toBe('public');
  });
});

describe('visibilityAt', () => {
  const ranges = [{ from: T1, to: T2 }];
  it.each([
    ['one second before a Protect', '2020-12-31T23:59:59.000Z', 'public'],
    ['at the Protect instant', T1, 'protected'],
    ['one second after the Protect', '2021-01-01T00:00:01.000Z', 'protected'],
    ['one second before the Unprotect', '2021-12-31T23:59:59.000Z', 'protected'],
    ['at the Unprotect instant', T2, 'public'],
    ['one second after the Unprotect', '2022-01-01T00:00:01.000Z', 'public'],
  ])('%s: %s is %s', (_name, at, expected) => {
    expect(visibilityAt(ranges, true, at)).toBe(expected);
  });

  it('says assumedPublic without history, protected inside a range the user set anyway', () => {
    expect(visibilityAt([], false, T3)).toBe('assumedPublic');
    expect(visibilityAt([{ from: T1, to: null }], false, T3)).toBe('protected');
  });

  it('treats an open range as protected for ever after', () => {
    expect(visibilityAt([{ from: T1, to: null }], true, '2099-01-01T00:00:00.000Z')).toBe('protected');
  });
});

describe('publicAnyTimeBetween', () => {
  const ranges = [
    { from: T1, to: T2 },
    { from: T3, to: null },
  ];
  it.each([
    ['entirely inside a protected range', '2021-03-01T00:00:00.000Z', '2021-06-01T00:00:00.000Z', false],
    ['starts public before a range', '2020-06-01T00:00:00.000Z', '2021-06-01T00:00:00.000Z', true],
    ['reaches the Unprotect instant', '2021-06-01T00:00:00.000Z', T2, true],
    ['ends one second before the Unprotect', '2021-06-01T00:00:00.000Z', '2021-12-31T23:59:59.000Z', false],
    ['spans the public gap between ranges', '2021-06-01T00:00:00.000Z', '2023-06-01T00:00:00.000Z', true],
    ['inside the open range, open end', '2023-06-01T00:00:00.000Z', null, false],
    ['public gap, open end', '2022-06-01T00:00:00.000Z', null, true],
    ['empty interval (to before from)', '2022-06-01T00:00:00.000Z', '2022-01-01T00:00:00.000Z', false],
  ] as Array<[string, string, string | null, boolean]>)('%s', (_name, from, to, expected) => {
    expect(publicAnyTimeBetween(ranges, from, to)).toBe(expected);
  });

  it('handles overlapping user ranges', () => {
    const overlapping = [
      { from: T1, to: T3 },
      { from: T2, to: T4 },
    ];
    expect(publicAnyTimeBetween(overlapping, '2021-06-01T00:00:00.000Z', '2023-06-01T00:00:00.000Z')).toBe(
      false,
    );
    expect(publicAnyTimeBetween(overlapping, '2021-06-01T00:00:00.000Z', T4)).toBe(true);
  });

  it('is always true without ranges', () => {
    expect(publicAnyTimeBetween([], T1, T2)).toBe(true);
  });
});
