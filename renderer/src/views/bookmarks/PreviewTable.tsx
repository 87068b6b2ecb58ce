import type { BookmarkRowPreview } from '../../../../shared/model/bookmarks';
import { formatDateTime } from '../../../../shared/format/dates';

/** The first rows as they would be stored (text from the file shown as text, never as HTML). */
export function PreviewTable({ rows, total }: { rows: readonly BookmarkRowPreview[]; total: number }) {
  return (
    <div className="bookmark-preview">
      <table className="data-table compact">
        <caption className="muted">{`The first ${rows.length} of ${total} rows, as they would be imported`}</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Post</th>
            <th scope="col">Author</th>
            <th scope="col">Date</th>
            <th scope="col">Text</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row} className={r.problem && !r.postId ? 'bookmark-row-skipped' : undefined}>
              <td className="num">{r.row}</td>
              <td>{r.postId ?? <span className="muted">skipped</span>}</td>
              <td>{r.author ? `@${r.author}` : ''}</td>
              <td>{r.date ? formatDateTime(r.date) : ''}</td>
              <td className="bookmark-text">
                {r.text}
                {r.problem && <span className="bookmark-row-problem">{r.problem}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
