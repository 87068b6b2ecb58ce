import { memo } from 'react';
import type { ItemRow } from '../../../../shared/model/items';
import { FlagChips, LevelBadge } from '../../components/Badges';
import { ItemSnippet } from '../../components/ItemSnippet';
import {
  FLAG_LABELS,
  KIND_LABELS,
  POST_TYPE_LABELS,
  VISIBILITY_LABELS,
} from '../../../../shared/format/labels';

const MAX_CHIPS = 2;
import { formatDate } from '../../../../shared/format/dates';

interface Props {
  id: string;
  index: number;
  setSize: number;
  row: ItemRow | undefined;
  top: number;
  height: number;
  active: boolean;
  selected: boolean;
  onPick(index: number, row: ItemRow, event: React.MouseEvent): void;
  onToggle(index: number, row: ItemRow, event: React.MouseEvent): void;
}

/** One option of the Browse listbox. The tick box is drawn, not focusable: Space ticks the active row. */
export const ItemListRow = memo(function ItemListRow({
  id,
  index,
  setSize,
  row,
  top,
  height,
  active,
  selected,
  onPick,
  onToggle,
}: Props) {
  const style = { transform: `translateY(${top}px)`, height };
  if (!row) {
    return (
      <div
        id={id}
        role="option"
        aria-selected={false}
        aria-posinset={index + 1}
        aria-setsize={setSize}
        className="item-row loading"
        style={style}
      >
        <span className="skeleton" />
        <span className="sr-only">Loading</span>
      </div>
    );
  }
  const types = row.kind === 'post' ? row.postTypes.filter((t) => t !== 'original') : [];
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className={`item-row${active ? ' active' : ''}${selected ? ' selected' : ''}`}
      style={style}
      onClick={(e) => onPick(index, row, e)}
    >
      <span
        className="tickbox"
        aria-hidden="true"
        data-checked={selected}
        onClick={(e) => {
          e.stopPropagation();
          onToggle(index, row, e);
        }}
      />
      <div className="item-row-body">
        <div className="item-row-meta">
          <span className="item-kind">{KIND_LABELS[row.kind]}</span>
          {types.map((t) => (
            <span key={t} className="item-type">
              {POST_TYPE_LABELS[t]}
            </span>
          ))}
          <span className="muted">{formatDate(row.createdAt)}</span>
          <span className="muted">{VISIBILITY_LABELS[row.visibility]}</span>
          <span className="item-row-chips">
            <FlagChips flags={row.flags.slice(0, MAX_CHIPS)} />
            {row.flags.length > MAX_CHIPS && (
              <span
                className="chip chip-more"
                title={row.flags
                  .slice(MAX_CHIPS)
                  .map((f) => FLAG_LABELS[f])
                  .join(', ')}
              >
                +{row.flags.length - MAX_CHIPS}
              </span>
            )}
          </span>
          <LevelBadge level={row.level} />
        </div>
        <ItemSnippet row={row} />
      </div>
    </div>
  );
});
