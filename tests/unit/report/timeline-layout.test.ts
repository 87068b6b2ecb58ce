import { describe, expect, it } from 'vitest';
import type { ReportPolicyEvent } from '../../../shared/report/model';
import { layoutTimeline } from '../../../shared/report/view/timeline-layout';

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
    expect(layout.markers).toEqual([{ number: 1, x: 200, row: 0 }]);
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

  it('moves close markers to other rows and draws periods as bands', () => {
    const layout = layoutTimeline(
      [{ month: '2024-01', counts: { post: 1 } }],
      [
        event(1, '2024-05-07', '2024-08-01'),
        event(2, '2024-05-20'),
        event(3, '2024-06-01'),
        event(4, '2024-12-01'),
      ],
      FRAME,
    );
    expect(layout.markers.map((m) => m.row)).toEqual([0, 1, 2, 0]);
    expect(layout.bands).toHaveLength(1);
    expect(layout.bands[0]!.x2).toBeGreaterThan(layout.bands[0]!.x1);
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
    expect(layout.markers.map((m) => m.number)).toEqual([4]);
    expect(layout.bands).toEqual([]);
    // Feb..Mar 2026: two months over 200 units.
    expect(layout.bars.map((b) => b.month)).toEqual(['2026-02', '2026-03']);
    expect(layout.bars[0]!.x).toBe(30);
    expect(layout.xTicks.map((t) => t.label)).toEqual(['Feb 2026', 'Mar 2026']);
  });
});
