import type { Reason } from '../../../../shared/model/items';
import { UncertainTag } from '../../components/Badges';

/** Why a channel applies (or not). Reasons resting on unconfirmed facts carry a visible "uncertain" tag. */
export function ReasonList({ reasons }: { reasons: Reason[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="reasons">
      {reasons.map((r, i) => (
        <li
          key={`${r.factId ?? ''}-${i}`}
          className={r.certainty === 'uncertain' ? 'reason uncertain' : 'reason'}
        >
          {r.text} {r.certainty === 'uncertain' && <UncertainTag />}
        </li>
      ))}
    </ul>
  );
}
