import { describe, expect, it } from 'vitest';
import { compareForReport } from '../../../electron/engine/report/build';
import { renderReportHtml } from '../../../electron/engine/report/render-html';
import { UserFacingError } from '../../../electron/engine/errors';
import type { ArchiveComparison } from '../../../shared/model/compare';
import type { Counts } from '../../../shared/model/summary';
import { reportModelFrom } from '../../../shared/report/build-model';
import { sampleInputs, sampleSummary } from '../../fixtures/report/sample-inputs';

const options = { redactText: false, paper: 'a4' } as const;

function counts(part: Partial<Counts>): Counts {
  const zero = Object.fromEntries(Object.keys(sampleSummary().counts).map((k) => [k, 0]));
  return { ...zero, bookmarks: null, ...part } as Counts;
}

/** What the engine answers for the sample archive against an older one of the same account. */
function fakeComparison(): ArchiveComparison {
  const newer = sampleSummary();
  return {
    account: newer.account,
    older: {
      archiveId: 'older0123456789',
      generatedAt: '2024-03-01T10:00:00.000Z',
      importedAt: '2026-11-01T09:00:00.000Z',
      counts: counts({ posts: 150, likes: 310 }),
      exposure: newer.exposure,
    },
    newer: {
      archiveId: newer.archiveId,
      generatedAt: newer.generatedAt,
      importedAt: newer.importedAt,
      counts: newer.counts,
      exposure: newer.exposure,
    },
    removed: counts({ posts: 35, likes: 20 }),
    added: counts({ posts: 5, likes: 10 }),
    kept: counts({ posts: 115, likes: 290, followers: 50 }),
    deletionList: { listed: 12, stillPresent: 3, stillInScope: 2, byKind: { post: 2 }, gone: 9, sample: [] },
    warnings: ['the older archive was imported partially (some data files failed)'],
    tookMs: 4,
  };
}

describe('the report’s comparison block', () => {
  it('is absent unless a comparison was asked for', () => {
    const m = reportModelFrom(sampleInputs(), options);
    expect(m.comparison).toBeUndefined();
    expect(renderReportHtml(m)).not.toContain('Compared with an older archive');
  });

  it('carries per-kind removed, added and kept with labels, both dates and the deletion list', () => {
    const asked: string[][] = [];
    const engine = {
      compareArchives: (olderId: string, newerId: string) => {
        asked.push([olderId, newerId]);
        return fakeComparison();
      },
    };
    const outcome = compareForReport(engine, 'older0123456789', 'abcdef0123456789');
    expect(asked).toEqual([['older0123456789', 'abcdef0123456789']]);
    const m = reportModelFrom({ ...sampleInputs(), comparison: outcome }, options);
    const c = m.comparison;
    if (c?.status !== 'compared') throw new Error(`expected a comparison, got ${JSON.stringify(c)}`);
    expect(c).toMatchObject({
      olderArchiveId: 'older0123456789',
      olderGeneratedAt: '2024-03-01T10:00:00.000Z',
      newerGeneratedAt: '2024-11-16T11:33:22.222Z',
      deletionList: { listed: 12, gone: 9, stillPresent: 3, stillInScope: 2 },
      warnings: ['the older archive was imported partially (some data files failed)'],
    });
    // Every count key but bookmarks (not in both archives), in COUNT_LABELS order.
    expect(c.rows.map((r) => r.key)).toEqual([
      'posts',
      'replies',
      'quotes',
      'reposts',
      'longPosts',
      'communityPosts',
      'deletedPosts',
      'likes',
      'grokMessages',
      'directMessages',
      'followers',
      'following',
      'blocks',
      'mutes',
    ]);
    expect(c.rows[0]).toEqual({
      key: 'posts',
      label: 'Posts (all)',
      older: 150,
      removed: 35,
      added: 5,
      kept: 115,
      newer: 120,
    });
    expect(c.rows.find((r) => r.key === 'following')!.label).toBe('Accounts you follow');
  });

  it('turns a refused comparison into a readable note', () => {
    const engine = {
      compareArchives(): ArchiveComparison {
        throw new UserFacingError('BAD_INPUT', 'these archives belong to different accounts (@a and @b)');
      },
    };
    const m = reportModelFrom(
      { ...sampleInputs(), comparison: compareForReport(engine, 'other', 'x') },
      options,
    );
    expect(m.comparison).toEqual({
      status: 'failed',
      olderArchiveId: 'other',
      note: 'The comparison with the older archive could not be made: these archives belong to different accounts (@a and @b).',
    });
    const html = renderReportHtml(m);
    expect(html).toContain('Compared with an older archive');
    expect(html).toContain('these archives belong to different accounts (@a and @b)');
  });

  it('is rendered after the counts, as a table of text', () => {
    const outcome = { olderId: 'older0123456789', result: fakeComparison() };
    const html = renderReportHtml(reportModelFrom({ ...sampleInputs(), comparison: outcome }, options));
    const at = html.indexOf('Compared with an older archive');
    expect(at).toBeGreaterThan(html.indexOf('What is in your archive'));
    expect(at).toBeLessThan(html.indexOf('id="xr-top"'));
    expect(html).toContain(
      '<th scope="row">Posts (all)</th><td class="xr-n">150</td><td class="xr-n">35</td><td class="xr-n">5</td><td class="xr-n">115</td><td class="xr-n">120</td>',
    );
    expect(html).toContain('<th scope="row">Gone from this archive</th><td class="xr-n">9</td>');
    expect(html).toContain('made by X on 1 Mar 2024');
  });
});
