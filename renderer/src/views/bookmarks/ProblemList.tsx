import type { BookmarkProblem } from '../../../../shared/model/bookmarks';
import { plural } from '../../../../shared/format/numbers';

function where(p: BookmarkProblem): string {
  if (p.rows === 0) return '';
  const more = p.rows > p.examples.length ? ', …' : '';
  return ` (${plural(p.rows, 'row', 'rows')}: ${p.examples.join(', ')}${more})`;
}

/** What is wrong with the file under the current mapping: errors block the import, warnings do not. */
export function ProblemList({ problems }: { problems: readonly BookmarkProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="bookmark-problems" aria-label="Problems in the file">
      {problems.map((p) => (
        <li key={p.message} className={p.severity === 'error' ? 'notice notice-error' : 'notice notice-info'}>
          {`${p.severity === 'error' ? 'Cannot import: ' : ''}${p.message.charAt(0).toUpperCase()}${p.message.slice(1)}${where(p)}`}
        </li>
      ))}
    </ul>
  );
}
