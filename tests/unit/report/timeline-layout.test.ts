import { describe, expect, it } from 'vitest';
import type { ReportPolicyEvent } from '../../../shared/report/model';
import { badgeLabel, layoutTimeline } from '../../../shared/report/view/timeline-layout';
import { POLICY_MARKERS } from '../../../shared/report/view/policy-markers';

const FRAME = { width: 220, left: 20, right: 0, top: 10, plotHeight: 100 };
const event = (number: number, date: string, end: string | null = null): ReportPolicyEvent => ({
  number,
  date,
  end,
  label: `event ${number}`,
  detail: '',
  sources: '',
  strength: 'primary',
});

describe('layoutTimeline', () => {
  it('spans from the first bucket to the last policy date, one slot per month', () => {
    const layout = layoutTimeline(
      [
        { month: '2024-01', counts: { post: 30, like: 10 } },
        { month: '2024-03', counts: { post: 5 } },
      ],
      [event(1, '2024-10-01')],
      FRAME,
    );
    // Jan..Oct 2024 = 10 months over 200 units: 20 units a month.
    expect(layout.bars.map((b) => [b.month, b.x, b.width, b.total])).toEqual([
      ['2024-01', 22, 16, 40],
      ['2024-03', 62, 16, 5],
    ]);
    expect(layout.markers).toEqual([{ numbers: [1], lines: [200], x: 200, width: 13, row: 0 }]);
    expect(layout.kinds).toEqual(['post', 'like']);
  });

  it('stacks kinds from the baseline on a round-number axis', () => {
    const layout = layoutTimeline([{ month: '2024-01', counts: { post: 30, like: 10 } }], [], FRAME);
    expect(layout.maxTotal).toBe(40);
    expect(layout.yTicks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40]);
    const [post, like] = layout.bars[0]!.segments;
    expect(post).toEqual({ kind: 'post', y: 35, height: 75 });
    expect(like).toEqual({ kind: 'like', y: 10, height: 25 });
  });

  it('draws periods as bands', () => {
    const layout = layoutTimeline(
      [{ month: '2024-01', counts: { post: 1 } }],
      [event(1, '2024-05-07', '2024-08-01'), event(2, '2024-12-01')],
      FRAME,
    );
    expect(layout.bands).toHaveLength(1);
    expect(layout.bands[0]!.x2).toBeGreaterThan(layout.bands[0]!.x1);
  });

  // Jan 2024 .. Dec 2024 over 200 units: about 16.7 units a month, so dates days apart are too close
  // for two badges and dates a month apart are not.
  it.each([
    [
      'far apart: one badge each, one row',
      ['2024-02-01', '2024-06-01', '2024-10-01'],
      ['1', '2', '3'],
      [0, 0, 0],
    ],
    ['a few days apart: one badge for the run', ['2024-05-07', '2024-05-12', '2024-05-20'], ['1–3'], [0]],
    [
      'a run, then a date of its own close by: the next badge moves down a row',
      ['2024-05-01', '2024-05-10', '2024-06-08'],
      ['1–2', '3'],
      [0, 1],
    ],
    [
      'a long chain of close dates is cut into runs no wider than 30 units',
      ['2024-03-01', '2024-03-15', '2024-03-29', '2024-04-12', '2024-04-26', '2024-05-10', '2024-05-24'],
      ['1–4', '5–7'],
      [0, 1],
    ],
  ] as const)('%s', (_, dates, labels, rows) => {
    const layout = layoutTimeline(
      [
        { month: '2024-01', counts: { post: 1 } },
        { month: '2024-12', counts: { post: 1 } },
      ],
      dates.map((d, i) => event(i + 1, d)),
      FRAME,
    );
    expect(layout.markers.map((m) => badgeLabel(m.numbers))).toEqual(labels);
    expect(layout.markers.map((m) => m.row)).toEqual(rows);
    // Every date keeps its own line, and each badge sits over its dates.
    expect(layout.markers.flatMap((m) => m.lines)).toHaveLength(dates.length);
    for (const m of layout.markers) {
      expect(m.x).toBeGreaterThanOrEqual(m.lines[0]!);
      expect(m.x).toBeLessThanOrEqual(m.lines[m.lines.length - 1]!);
      expect(m.lines[m.lines.length - 1]! - m.lines[0]!).toBeLessThanOrEqual(30);
    }
    // Badges on one row never overlap.
    for (const row of [0, 1, 2]) {
      const onRow = layout.markers.filter((m) => m.row === row);
      for (let i = 1; i < onRow.length; i++)
        expect(onRow[i]!.x - onRow[i]!.width / 2).toBeGreaterThanOrEqual(
          onRow[i - 1]!.x + onRow[i - 1]!.width / 2,
        );
    }
  });

  it('keeps X’s 16 policy dates readable on the app’s chart of an account active since 2015', () => {
    const layout = layoutTimeline(
      [
        { month: '2015-06', counts: { post: 1 } },
        { month: '2026-07', counts: { post: 1 } },
      ],
      POLICY_MARKERS,
      { width: 680, left: 46, right: 10, top: 52, plotHeight: 150 },
    );
    expect(layout.markers.flatMap((m) => m.numbers)).toEqual(POLICY_MARKERS.map((m) => m.number));
    expect(layout.markers.length).toBeLessThan(POLICY_MARKERS.length);
    // The last date falls in the last month: its badge still fits inside the chart.
    for (const m of layout.markers) {
      expect(m.x - m.width / 2).toBeGreaterThanOrEqual(0);
      expect(m.x + m.width / 2).toBeLessThanOrEqual(680);
    }
    for (const row of [0, 1, 2]) {
      const onRow = layout.markers.filter((m) => m.row === row);
      for (let i = 1; i < onRow.length; i++)
        expect(onRow[i]!.x - onRow[i]!.width / 2).toBeGreaterThanOrEqual(
          onRow[i - 1]!.x + onRow[i - 1]!.width / 2,
        );
    }
  });

  it('ignores undated buckets and copes with no items', () => {
    const layout = layoutTimeline(
      [{ month: 'unknown', counts: { post: 3 } }],
      [event(1, '2024-05-07')],
      FRAME,
    );
    expect(layout.bars).toEqual([]);
    expect(layout.kinds).toEqual([]);
    expect(layout.maxTotal).toBeGreaterThan(0);
  });
});

describe('layoutTimeline for an account that started late', () => {
  it('starts at the first dated item and folds the policy dates before it into `earlier`', () => {
    const layout = layoutTimeline(
      [
        { month: '2026-02', counts: { post: 2 } },
        { month: '2026-03', counts: { post: 1 } },
      ],
      [
        event(1, '2023-09-29'),
        event(2, '2024-05-07', '2024-08-01'),
        event(3, '2026-01-15'),
        event(4, '2026-03-10'),
      ],
      FRAME,
    );
    expect(layout.earlier).toEqual([1, 2, 3]);
    expect(layout.markers.map((m) => m.numbers)).toEqual([[4]]);
    expect(layout.bands).toEqual([]);
    // Feb..Mar 2026: two months over 200 units.
    expect(layout.bars.map((b) => b.month)).toEqual(['2026-02', '2026-03']);
    expect(layout.bars[0]!.x).toBe(30);
    expect(layout.xTicks.map((t) => t.label)).toEqual(['Feb 2026', 'Mar 2026']);
  });
});
