import type { ItemRow } from '../../../shared/model/items';
import { HighlightedText } from './HighlightedText';

/** The one-line text of a list row; private text (DMs) stays hidden until revealed in the detail pane. */
export function ItemSnippet({ row }: { row: Pick<ItemRow, 'kind' | 'snippet' | 'matches'> }) {
  if (row.snippet === null) {
    return (
      <span className="snippet snippet-hidden">
        {row.kind === 'directMessage' ? 'Message text hidden' : 'No text in the archive'}
      </span>
    );
  }
  return (
    <span className="snippet">
      <HighlightedText text={row.snippet} matches={row.matches} />
    </span>
  );
}
