import {
  BOOKMARK_FIELDS,
  type BookmarkField,
  type BookmarkMapping,
} from '../../../../shared/model/bookmarks';

export const FIELD_LABELS: Record<BookmarkField, string> = {
  postId: 'Post id',
  postUrl: 'Link to the post',
  text: 'Text',
  author: 'Author (@handle)',
  date: 'Date',
};

interface Props {
  columns: readonly string[];
  mapping: BookmarkMapping;
  guessed: BookmarkMapping;
  disabled?: boolean;
  onChange(mapping: BookmarkMapping): void;
}

/** One select per field: which column of the file holds it. A column can hold only one field. */
export function MappingEditor({ columns, mapping, guessed, disabled, onChange }: Props) {
  const set = (field: BookmarkField, column: string) => {
    const next: BookmarkMapping = {};
    for (const f of BOOKMARK_FIELDS) {
      const current = mapping[f];
      if (f !== field && current !== undefined && current !== column) next[f] = current;
    }
    if (column) next[field] = column;
    onChange(next);
  };
  return (
    <fieldset className="bookmark-mapping" disabled={disabled}>
      <legend>Which column holds what</legend>
      {BOOKMARK_FIELDS.map((field) => (
        <label key={field} className="bookmark-mapping-row">
          <span>{FIELD_LABELS[field]}</span>
          <select value={mapping[field] ?? ''} onChange={(e) => set(field, e.target.value)}>
            <option value="">(not in the file)</option>
            {columns.map((c) => (
              <option key={c} value={c}>
                {c}
                {guessed[field] === c ? ' (recognised)' : ''}
              </option>
            ))}
          </select>
        </label>
      ))}
      <p className="muted">A post is found by its id or, failing that, by its link.</p>
    </fieldset>
  );
}
