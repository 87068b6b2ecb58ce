import { FLAGS, LEVELS } from '../../../../shared/model/kinds';
import type { ArchiveSummary, Counts } from '../../../../shared/model/summary';
import { FLAG_LABELS, LEVEL_LABELS } from '../../format/labels';
import { formatCount } from '../../format/numbers';

const CONTENT_ROWS: Array<[keyof Counts, string]> = [
  ['posts', 'Posts (all)'],
  ['replies', 'Replies'],
  ['quotes', 'Quotes'],
  ['reposts', 'Reposts'],
  ['longPosts', 'Long posts'],
  ['communityPosts', 'Community posts'],
  ['deletedPosts', 'Deleted posts still in the archive'],
  ['likes', 'Likes'],
  ['bookmarks', 'Bookmarks'],
  ['grokMessages', 'Grok messages'],
  ['directMessages', 'Direct messages'],
];

const PEOPLE_ROWS: Array<[keyof Counts, string]> = [
  ['followers', 'Followers'],
  ['following', 'Accounts you follow'],
  ['blocks', 'Blocked accounts'],
  ['mutes', 'Muted accounts'],
];

/** Counts per kind of item, per sensitivity flag and per level. */
export function CountTables({ summary }: { summary: ArchiveSummary }) {
  const { counts, exposure } = summary;
  const flagMax = Math.max(1, ...FLAGS.map((f) => exposure.flags[f]));
  return (
    <div className="count-grid">
      <section className="card" aria-labelledby="kinds-title">
        <h2 id="kinds-title">What your archive holds</h2>
        <table className="data-table compact">
          <tbody>
            {[...CONTENT_ROWS, ...PEOPLE_ROWS].map(([key, label]) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td className="num">{counts[key] === null ? 'not in archive' : formatCount(counts[key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card" aria-labelledby="flags-title">
        <h2 id="flags-title">What your items reveal</h2>
        <ul className="bar-list">
          {FLAGS.map((flag) => (
            <li key={flag}>
              <span className="bar-label">{FLAG_LABELS[flag]}</span>
              <span className="bar-track" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${(exposure.flags[flag] / flagMax) * 100}%` }} />
              </span>
              <span className="bar-value">{formatCount(exposure.flags[flag])}</span>
            </li>
          ))}
        </ul>
        <h3 className="subhead">By level</h3>
        <dl className="level-row">
          {LEVELS.map((level) => (
            <div key={level} className={`level-cell level-${level}`}>
              <dt>{LEVEL_LABELS[level]}</dt>
              <dd>{formatCount(exposure.levels[level])}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
