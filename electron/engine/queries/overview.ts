import type { Database } from 'better-sqlite3';
import type { ItemKind } from '../../../shared/model/kinds';
import type { MissingData, Overview, ProtectedRange, TimelineBucket } from '../../../shared/model/overview';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { FLAGS } from '../../../shared/model/kinds';
import { levelRank } from '../db/bits';
import { META, getMeta } from '../db/meta';
import { CIRCLE_PERIOD } from '../../../shared/exposure/circle';
import { ROW_COLUMNS, toItemRow, type RawRow } from './rows';

const TOP_SENSITIVE = 10;
const FLAG_COUNT = FLAGS.map((_, i) => `((i.flags >> ${i}) & 1)`).join(' + ');

function timeline(db: Database): TimelineBucket[] {
  const rows = db
    .prepare(
      `SELECT month, kind, sum(n) AS n FROM item_facets WHERE month != '' GROUP BY month, kind ORDER BY month`,
    )
    .all() as Array<{ month: string; kind: ItemKind; n: number }>;
  const buckets: TimelineBucket[] = [];
  for (const r of rows) {
    let last = buckets[buckets.length - 1];
    if (!last || last.month !== r.month) {
      last = { month: r.month, counts: {} };
      buckets.push(last);
    }
    last.counts[r.kind] = r.n;
  }
  return buckets;
}

/** What the archive cannot tell, in words, from the summary. */
export function missingData(s: ArchiveSummary, hasProtectedHistory: boolean): MissingData[] {
  const out: MissingData[] = [];
  if (s.counts.bookmarks === null) {
    out.push({
      what: 'Bookmarks',
      meaning:
        'Your archive has no bookmark file, so bookmarks are not counted here. Whether X puts bookmarks in ' +
        'its archive is uncertain: some reports say it does not, a 2026 report found one. X still holds them ' +
        'and the third-party collaborators clause covers them.',
    });
  }
  if (s.counts.likes > 0) {
    out.push({
      what: 'When you liked posts',
      meaning:
        'X’s archive gives no date for a like, so likes cannot be placed on the timeline or checked against the day likes became private (12 June 2024).',
    });
  }
  out.push({
    what: hasProtectedHistory ? 'Older protected-account history' : 'Protected-account history',
    meaning: hasProtectedHistory
      ? 'X keeps only about six months of protect/unprotect history; earlier periods are assumed from the first event. Correct it in Settings if you know better.'
      : 'The archive has no protect/unprotect history, so your posts are assumed to have been public. Correct it in Settings if your account was protected.',
  });
  const absent = s.files.filter((f) => f.status === 'missing').length;
  if (absent > 0) {
    out.push({
      what: `${absent} data file${absent === 1 ? '' : 's'} listed but absent`,
      meaning: 'The archive’s own index lists files that are not in it; what they hold is not analysed.',
    });
  }
  const failed = s.files.filter((f) => f.status === 'error').length;
  if (failed > 0) {
    out.push({
      what: `${failed} data file${failed === 1 ? '' : 's'} could not be read`,
      meaning: 'Those files are damaged; their records are missing from every count.',
    });
  }
  return out;
}

/** Where a person changes their Circle periods, in words that also make sense in the printed report. */
const CIRCLE_SETTING = 'the app’s Settings, under “Posts shared with your Circle”';

/** How the person's Circle marking counted the `posts` made while Circle existed: `circle` of them as Circle posts. */
function circleCounted(posts: number, circle: number): string {
  const n = (k: number) => k.toLocaleString('en');
  const rest = posts - circle;
  const others = 'counted as public or protected like the rest of your account';
  if (circle === 0) return `None of your posts falls in them, so each one is ${others}.`;
  if (rest === 0)
    return `${posts === 1 ? 'That post counts' : `All ${n(posts)} count`} as shared with your Circle only.`;
  return `${n(circle)} of them count as shared with your Circle only; the other ${n(rest)} ${rest === 1 ? 'is' : 'are'} ${others}.`;
}

/**
 * Posts made while Twitter Circle existed, when the archive does not say which were Circle posts
 * (archives made after Feb 2023): they are counted by the account's visibility unless the person
 * marked their Circle periods in Settings, so say which of the two it is.
 */
export function unmarkedCircleNote(db: Database): MissingData | null {
  const count = (sql: string, ...params: unknown[]) =>
    db
      .prepare(sql)
      .pluck()
      .get(...params) as number;
  if (count('SELECT count(*) FROM circle_posts') > 0) return null;
  const posts = count(
    "SELECT count(*) FROM items WHERE kind = 'post' AND created_at >= ? AND created_at < ?",
    CIRCLE_PERIOD.from,
    CIRCLE_PERIOD.until,
  );
  if (posts === 0) return null;
  const what = 'Which posts went to your Circle';
  const times = posts === 1 ? 'once' : `${posts.toLocaleString('en')} times`;
  const when = `between 30 Aug 2022 and 31 Oct 2023, when Twitter Circle let a post go to a chosen few`;
  const bug = 'A Circle post was not public, though a bug in April 2023 showed some to others.';
  const marked = getMeta<ProtectedRange[]>(db, META.circleRanges) ?? [];
  if (marked.length === 0) {
    return {
      what,
      meaning: `You posted ${times} ${when}. Archives made after Feb 2023 do not mark Circle posts, so each of these is counted as public or protected like the rest of your account. ${bug} If you used Circle, you can give its dates in ${CIRCLE_SETTING}.`,
    };
  }
  const circle = count("SELECT count(*) FROM items WHERE kind = 'post' AND visibility = 'circle'");
  const periods = marked.length === 1 ? 'one period' : `${marked.length} periods`;
  const counted = circleCounted(posts, circle);
  return {
    what,
    meaning: `You posted ${times} ${when}. Your archive does not mark Circle posts, but you gave ${periods} when you posted to your Circle only. ${counted} ${bug} You can change the periods in ${CIRCLE_SETTING}.`,
  };
}

/** The Overview view's data: summary, items per month and kind, the most sensitive items, and the gaps. */
export function overview(db: Database, summary: ArchiveSummary, ownWordsPending: boolean): Overview {
  const top = db
    .prepare(
      `SELECT ${ROW_COLUMNS} FROM items i WHERE i.level = ? AND i.kind != 'directMessage'
       ORDER BY ${FLAG_COUNT} DESC, i.created_at DESC LIMIT ?`,
    )
    .all(levelRank('high'), TOP_SENSITIVE) as RawRow[];
  const undatedRows = db
    .prepare(`SELECT kind, sum(n) AS n FROM item_facets WHERE month = '' GROUP BY kind`)
    .all() as Array<{ kind: ItemKind; n: number }>;
  const undated: Overview['undated'] = {};
  for (const r of undatedRows) undated[r.kind] = r.n;
  const events = (db.prepare('SELECT count(*) AS n FROM protected_history').get() as { n: number }).n;
  return {
    summary,
    timeline: timeline(db),
    topSensitive: top.map((r) => toItemRow(r, null)),
    missing: [...missingData(summary, events > 0), ...[unmarkedCircleNote(db)].filter((m) => m !== null)],
    undated,
    ownWordsPending,
  };
}
