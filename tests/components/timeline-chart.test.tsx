// @vitest-environment node
/** The chart must render without any DOM (the printed report renders it on the server side). */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TimelineChart } from '../../renderer/src/charts/TimelineChart';
import { layoutTimeline, niceStep } from '../../renderer/src/charts/timeline-layout';

const frame = { width: 900, height: 270, left: 56, right: 16, top: 26, bottom: 24 };

describe('TimelineChart', () => {
  it('renders to static SVG in Node, with every policy date numbered and labelled', () => {
    const html = renderToStaticMarkup(
      <TimelineChart
        buckets={[
          { month: '2024-01', counts: { post: 3, like: 1 } },
          { month: '2024-12', counts: { post: 5 } },
        ]}
      />,
    );
    expect(typeof document).toBe('undefined');
    expect(html.startsWith('<svg')).toBe(true);
    expect(html).toContain('role="img"');
    for (const label of [
      '29 Sep 2023',
      '7 May 2024 – 1 Aug 2024',
      '12 Jun 2024',
      '16 Jul 2024',
      '15 Nov 2024',
      '4 Jun 2025',
      '15 Jan 2026',
    ]) {
      expect(html).toContain(label);
    }
    expect(html).toContain('9 dated items from Jan 2024 to Dec 2024');
  });

  it('stacks kinds per month and scales to a round maximum', () => {
    const layout = layoutTimeline(
      [
        { month: '2024-01', counts: { post: 30, like: 10 } },
        { month: '2024-03', counts: { post: 70 } },
      ],
      [],
      frame,
    );
    expect(layout.kinds).toEqual(['post', 'like']);
    expect(layout.maxTotal).toBe(80);
    const [jan, mar] = layout.bars;
    expect(jan!.total).toBe(40);
    expect(jan!.segments.map((s) => s.kind)).toEqual(['post', 'like']);
    // The like segment sits on top of the post segment.
    expect(jan!.segments[1]!.y + jan!.segments[1]!.height).toBeCloseTo(jan!.segments[0]!.y);
    expect(mar!.segments[0]!.x).toBeGreaterThan(jan!.segments[0]!.x);
    expect(layout.yTicks.map((t) => t.value)).toEqual([0, 20, 40, 60, 80]);
  });

  it('extends the axis to policy dates outside the data and places them in order', () => {
    const layout = layoutTimeline(
      [{ month: '2020-06', counts: { post: 1 } }],
      [
        { id: 'b', date: '2024-11-15', label: 'Later' },
        { id: 'a', date: '2023-09-29', label: 'Earlier' },
      ],
      frame,
    );
    expect(layout.markers.map((m) => [m.number, m.label])).toEqual([
      [1, 'Earlier'],
      [2, 'Later'],
    ]);
    expect(layout.markers[1]!.x).toBeLessThanOrEqual(frame.width - frame.right);
    expect(layout.xTicks.map((t) => t.label)).toContain('2024');
  });

  it('picks 1-2-5 steps', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(7)).toBe(2);
    expect(niceStep(950)).toBe(500);
    expect(niceStep(120_000)).toBe(50_000);
  });
});
