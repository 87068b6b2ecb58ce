// @vitest-environment node
/** The chart must render without any DOM (the same geometry serves the printed report). */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKERS, TimelineChart } from '../../renderer/src/charts/TimelineChart';

const render = (props: Parameters<typeof TimelineChart>[0]) =>
  renderToStaticMarkup(<TimelineChart {...props} />);

describe('TimelineChart', () => {
  it('renders to static SVG in Node, with every policy date numbered and labelled', () => {
    const html = render({
      buckets: [
        { month: '2024-01', counts: { post: 3, like: 1 } },
        { month: '2024-12', counts: { post: 5 } },
      ],
    });
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
    expect(html).toContain('9 dated items from Jan 2024 to Dec 2024; busiest month Dec 2024 with 5');
    expect(html).toContain('<title>Jan 2024: 1 like</title>');
    expect(html).toContain('<title>Dec 2024: 5 posts</title>');
  });

  it('numbers the policy dates in date order', () => {
    expect(DEFAULT_MARKERS.map((m) => m.number)).toEqual(DEFAULT_MARKERS.map((_, i) => i + 1));
    const dates = DEFAULT_MARKERS.map((m) => m.date);
    expect(dates).toEqual([...dates].sort());
    expect(DEFAULT_MARKERS.find((m) => m.end)).toMatchObject({ date: '2024-05-07', end: '2024-08-01' });
  });

  it('stacks the kinds of a month, one colour each, with a legend', () => {
    const html = render({ buckets: [{ month: '2024-01', counts: { post: 30, like: 10 } }], markers: [] });
    const segments = [
      ...html.matchAll(
        /<rect x="[^"]+" y="([^"]+)" width="[^"]+" height="([^"]+)" style="fill:var\(--kind-(\w+)/g,
      ),
    ];
    const bars = segments.slice(0, 2).map(([, y, h, kind]) => ({ kind, y: Number(y), h: Number(h) }));
    expect(bars.map((b) => b.kind)).toEqual(['post', 'like']);
    // The like segment sits on top of the post segment, three times shorter.
    expect(bars[1]!.y + bars[1]!.h).toBeCloseTo(bars[0]!.y);
    expect(bars[0]!.h / bars[1]!.h).toBeCloseTo(3);
    expect(html).toContain('>Posts</text>');
    expect(html).toContain('>Likes</text>');
  });

  it('says so when nothing is dated', () => {
    expect(render({ buckets: [] })).toContain('No dated items to show.');
  });
});
