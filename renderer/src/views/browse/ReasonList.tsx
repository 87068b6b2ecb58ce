import type { Reason } from '../../../../shared/model/items';
import { citeFactBriefly } from '../../../../shared/exposure/facts';
import { UncertainTag } from '../../components/Badges';

/**
 * Why a channel applies (or not), each reason with the sources of the fact it rests on. Reasons resting on
 * unconfirmed facts carry a visible "uncertain" tag.
 */
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
          {citeFactBriefly(r.factId) && (
            <small className="reason-source muted"> Source: {citeFactBriefly(r.factId)}.</small>
          )}
        </li>
      ))}
    </ul>
  );
}
