/** Small labelled chips for an item's level, channels, flags and visibility. */
import type { Channel, Flag, Level, Visibility } from '../../../shared/model/kinds';
import { CHANNEL_LABELS, FLAG_LABELS, LEVEL_LABELS, VISIBILITY_LABELS } from '../../../shared/format/labels';

export function LevelBadge({ level }: { level: Level }) {
  return <span className={`badge level-${level}`}>{LEVEL_LABELS[level]}</span>;
}

export function ChannelChips({ channels }: { channels: Channel[] }) {
  return (
    <>
      {channels.map((c) => (
        <span key={c} className={`chip chip-channel chip-${c}`}>
          {CHANNEL_LABELS[c]}
        </span>
      ))}
    </>
  );
}

export function FlagChips({ flags }: { flags: Flag[] }) {
  return (
    <>
      {flags.map((f) => (
        <span key={f} className="chip chip-flag">
          {FLAG_LABELS[f]}
        </span>
      ))}
    </>
  );
}

export function VisibilityTag({ visibility }: { visibility: Visibility }) {
  return <span className={`chip chip-visibility vis-${visibility}`}>{VISIBILITY_LABELS[visibility]}</span>;
}

/** Marks a statement whose source X has not confirmed. */
export function UncertainTag({ title = 'Not confirmed by X’s own texts' }: { title?: string }) {
  return (
    <span className="tag tag-uncertain" title={title}>
      uncertain
    </span>
  );
}
