import { FLAGS, LEVELS } from '../../../../shared/model/kinds';
import type { ArchiveSummary, Counts } from '../../../../shared/model/summary';
import { COUNT_LABELS, FLAG_LABELS, LEVEL_LABELS } from '../../../../shared/format/labels';
import { formatCount } from '../../../../shared/format/numbers';
import { showItems, type ItemFilter } from '../../app/show-items';

/** Which Browse filter lists the items behind each count; people (followers...) are not items. */
const CONTENT_ROWS: Array<[keyof Counts, ItemFilter]> = [
  ['posts', { kinds: ['post'] }],
  ['replies', { kinds: ['post'], postTypes: ['reply'] }],
  ['quotes', { kinds: ['post'], postTypes: ['quote'] }],
  ['reposts', { kinds: ['post'], postTypes: ['repost'] }],
  ['longPosts', { kinds: ['post'], postTypes: ['long'] }],
  ['communityPosts', { kinds: ['communityPost'] }],
  ['deletedPosts', { kinds: ['deletedPost'] }],
  ['likes', { kinds: ['like'] }],
  ['bookmarks', { kinds: ['bookmark'] }],
  ['grokMessages', { kinds: ['grokMessage'] }],
  ['directMessages', { kinds: ['directMessage'] }],
];

const PEOPLE_ROWS: Array<keyof Counts> = ['followers', 'following', 'blocks', 'mutes'];

/** Counts per kind of item, per sensitivity flag and per level; each count opens its items. */
export function CountTables({ summary }: { summary: ArchiveSummary }) {
  const { archiveId, counts, exposure } = summary;
  const flagMax = Math.max(1, ...FLAGS.map((f) => exposure.flags[f]));
  const show = (filter: ItemFilter) => showItems(archiveId, filter);
  return (
    <div className="count-grid">
      <section className="card" aria-labelledby="kinds-title">
        <h2 id="kinds-title">What your archive holds</h2>
        <ul className="count-list">
          {CONTENT_ROWS.map(([key, filter]) => {
            const n = counts[key];
            return (
              <li key={key}>
                {n === null || n === 0 ? (
                  <span className="count-row static">
                    <span>{COUNT_LABELS[key]}</span>
                    <span className="num muted">{n === null ? 'not in archive' : '0'}</span>
                  </span>
                ) : (
                  <button type="button" className="count-row" onClick={() => show(filter)}>
                    <span>{COUNT_LABELS[key]}</span>
                    <span className="num">{formatCount(n)}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
        <h3 className="subhead">People</h3>
        <ul className="count-list">
          {PEOPLE_ROWS.map((key) => (
            <li key={key}>
              <span className="count-row static">
                <span>{COUNT_LABELS[key]}</span>
                <span className="num">{formatCount(counts[key] ?? 0)}</span>
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="flags-title">
        <h2 id="flags-title">What your items reveal</h2>
        <h3 className="subhead">How sensitive they are</h3>
        <ul className="level-row">
          {LEVELS.map((level) => (
            <li key={level}>
              <button
                type="button"
                className={`level-cell level-${level}`}
                onClick={() => show({ levels: [level] })}
                disabled={exposure.levels[level] === 0}
              >
                <span className="level-cell-label">{LEVEL_LABELS[level]}</span>
                <span className="level-cell-value">{formatCount(exposure.levels[level])}</span>
              </button>
            </li>
          ))}
        </ul>
        <h3 className="subhead">What they show about you</h3>
        <ul className="bar-list">
          {FLAGS.map((flag) => (
            <li key={flag}>
              <button
                type="button"
                className="bar-row"
                onClick={() => show({ flags: [flag] })}
                disabled={exposure.flags[flag] === 0}
              >
                <span className="bar-label">{FLAG_LABELS[flag]}</span>
                <span className="bar-track" aria-hidden="true">
                  <span
                    className="bar-fill"
                    style={{ width: `${(exposure.flags[flag] / flagMax) * 100}%` }}
                  />
                </span>
                <span className="bar-value">{formatCount(exposure.flags[flag])}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
