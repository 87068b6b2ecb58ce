import type { ItemRow } from '../../../../shared/model/items';
import { FlagChips, LevelBadge } from '../../components/Badges';
import { ItemSnippet } from '../../components/ItemSnippet';
import { KIND_LABELS } from '../../format/labels';
import { formatDate } from '../../format/numbers';
import { useBrowse } from '../../stores/browse-store';
import { useDetail } from '../../stores/detail-store';
import { useNavigation } from '../../stores/navigation-store';

/** The items that reveal the most, each opening in Browse with its reasons. */
export function TopSensitiveList({ archiveId, items }: { archiveId: string; items: ItemRow[] }) {
  const go = useNavigation((s) => s.go);
  const show = (id: number) => {
    useBrowse.getState().setArchive(archiveId);
    void useDetail.getState().open(archiveId, id);
    go('browse');
  };
  return (
    <section className="card" aria-labelledby="top-title">
      <h2 id="top-title">Most sensitive items</h2>
      {items.length === 0 ? (
        <p className="muted">No item was rated sensitive.</p>
      ) : (
        <ul className="top-list">
          {items.map((row) => (
            <li key={row.id}>
              <button type="button" className="top-item" onClick={() => show(row.id)}>
                <span className="top-item-meta">
                  <LevelBadge level={row.level} />
                  <span>{KIND_LABELS[row.kind]}</span>
                  <span className="muted">{formatDate(row.createdAt)}</span>
                </span>
                <ItemSnippet row={row} />
                <span className="chips">
                  <FlagChips flags={row.flags} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
