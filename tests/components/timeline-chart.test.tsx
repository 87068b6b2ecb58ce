// @vitest-environment node
/** One chart for the app and the report: it must render without any DOM, in both looks. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { POLICY_MARKERS } from '../../shared/report/view/policy-markers';
import { TimelineChart } from '../../shared/report/view/TimelineChart';

const render = (props: Parameters<typeof TimelineChart>[0]) =>
  renderToStaticMarkup(<TimelineChart {...props} />);

describe('TimelineChart', () => {
  it('renders to static SVG in Node, describing the bars and every policy date', () => {
    const html = render({
      look: 'screen',
      markers: POLICY_MARKERS,
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
      '15 Nov 2024',
      '15 Jan 2026',
    ])
      expect(html).toContain(label);
    expect(html).toContain('9 dated items from Jan 2024 to Dec 2024; busiest month Dec 2024 with 5');
    expect(html).toContain('<title>Jan 2024: 1 like</title>');
    expect(html).toContain('<title>Dec 2024: 5 posts</title>');
  });

  it('draws policy dates too close to tell apart as one badge that names each of them', () => {
    const buckets = [
      { month: '2015-01', counts: { post: 3 } },
      { month: '2026-07', counts: { post: 3 } },
    ];
    for (const look of ['screen', 'print'] as const) {
      const html = render({ look, buckets, markers: POLICY_MARKERS });
      const badges = [...html.matchAll(/font-weight="700"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
      // Every date is on a badge, alone or in a run such as "7–12", once.
      const numbers = badges.flatMap((b) => {
        const [from, to] = b!.split('–').map(Number);
        return Array.from({ length: (to ?? from!) - from! + 1 }, (_, i) => from! + i);
      });
      expect(numbers).toEqual(POLICY_MARKERS.map((m) => m.number));
      expect(badges.some((b) => b!.includes('–'))).toBe(true);
      expect(html).toMatch(/<title>\d+ policy dates close together: \d+\. \d+ \w+ 20\d\d /);
      // One dashed line per date still shows where each falls.
      expect(html.match(/stroke-dasharray="3 2"/g)).toHaveLength(POLICY_MARKERS.length);
    }
  });

  it('numbers the policy dates in date order', () => {
    expect(POLICY_MARKERS.map((m) => m.number)).toEqual(POLICY_MARKERS.map((_, i) => i + 1));
    const dates = POLICY_MARKERS.map((m) => m.date);
    expect(dates).toEqual([...dates].sort());
    expect(POLICY_MARKERS.find((m) => m.end)).toMatchObject({ date: '2024-05-07', end: '2024-08-01' });
  });

  it('stacks the kinds of a month in theme colours on screen and in patterns in print, with a legend', () => {
    const buckets = [{ month: '2024-01', counts: { post: 30, like: 10 } }];
    const screen = render({ look: 'screen', buckets, markers: [] });
    const segments = [
      ...screen.matchAll(
        /<rect x="[^"]+" y="([^"]+)" width="[^"]+" height="([^"]+)" style="fill:var\(--kind-(\w+)/g,
      ),
    ];
    const bars = segments.slice(0, 2).map(([, y, h, kind]) => ({ kind, y: Number(y), h: Number(h) }));
    expect(bars.map((b) => b.kind)).toEqual(['post', 'like']);
    // The like segment sits on top of the post segment, three times shorter.
    expect(bars[1]!.y + bars[1]!.h).toBeCloseTo(bars[0]!.y);
    expect(bars[0]!.h / bars[1]!.h).toBeCloseTo(3);
    expect(screen).toContain('>Posts (30)</text>');
    expect(screen).toContain('>Likes (10)</text>');

    const print = render({ look: 'print', buckets, markers: [] });
    expect(print).toContain('<pattern');
    expect(print).not.toContain('var(--kind-');
  });

  it('starts at the first dated item and folds earlier policy dates into one marker', () => {
    const html = render({
      look: 'screen',
      markers: POLICY_MARKERS,
      buckets: [
        { month: '2026-02', counts: { post: 4 } },
        { month: '2026-03', counts: { post: 2 } },
      ],
    });
    // Only 2026 months on the axis; the dates before February 2026 become one "◀ 1–n" badge.
    const before = POLICY_MARKERS.filter((m) => m.date < '2026-02-01').length;
    expect(before).toBeGreaterThan(1);
    expect(html).toContain('>Feb 2026</text>');
    expect(html).not.toContain('>2023</text>');
    expect(html).toContain(`◀ 1–${before}`);
    expect(html).toContain('Before your first dated item: 1. 29 Sep 2023');
  });

  it('makes each month a button only when asked to', () => {
    const buckets = [{ month: '2024-01', counts: { post: 3 } }];
    expect(render({ look: 'screen', buckets, markers: [] })).not.toContain('role="button"');
    const interactive = render({ look: 'screen', buckets, markers: [], onMonth: () => undefined });
    expect(interactive).toContain('role="group"');
    expect(interactive).toContain('aria-label="Jan 2024: 3 items. Show them"');
  });

  it('says so when nothing is dated', () => {
    expect(render({ buckets: [], markers: POLICY_MARKERS })).toContain('No dated items to show.');
  });
});
