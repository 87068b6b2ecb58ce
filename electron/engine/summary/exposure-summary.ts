import type { Database } from 'better-sqlite3';
import { CHANNELS, FLAGS, LEVELS, type Channel, type Flag, type Level } from '../../../shared/model/kinds';
import type { ExposureSummary } from '../../../shared/model/summary';
import { levelRank } from '../db/bits';
import { languageCoverage } from './language-coverage';

const POST_KINDS = `('post', 'communityPost', 'deletedPost')`;

/**
 * The `exposure` block of the summary, from the facet table: channel, level and flag counts over all
 * items; visibility over posts (by their state when created).
 */
export function exposureSummary(db: Database): ExposureSummary {
  const sum = (where: string, ...params: unknown[]) =>
    (
      db.prepare(`SELECT coalesce(sum(n), 0) AS n FROM item_facets WHERE ${where}`).get(...params) as {
        n: number;
      }
    ).n;
  const channels = Object.fromEntries(
    CHANNELS.map((c, i) => [c, sum('(channels & ?) != 0', 1 << i)]),
  ) as Record<Channel, number>;
  const levels = Object.fromEntries(LEVELS.map((l) => [l, sum('level = ?', levelRank(l))])) as Record<
    Level,
    number
  >;
  const flags = Object.fromEntries(FLAGS.map((f, i) => [f, sum('(flags & ?) != 0', 1 << i)])) as Record<
    Flag,
    number
  >;
  const vis = (v: string) => sum(`visibility = ? AND kind IN ${POST_KINDS}`, v);
  return {
    channels,
    visibility: {
      public: vis('public'),
      protected: vis('protected'),
      assumedPublic: vis('assumedPublic'),
      circle: vis('circle'),
    },
    levels,
    flags,
    coverage: languageCoverage(db),
  };
}
