import { NAV_ENTRIES } from '../app/nav';
import { useNavigation } from '../stores/navigation-store';

/** Returns to the view the person came from by following a link (a number on the Overview, say). */
export function BackButton() {
  const previous = useNavigation((s) => s.history[s.history.length - 1]);
  const back = useNavigation((s) => s.back);
  if (!previous) return null;
  const label = NAV_ENTRIES.find((e) => e.id === previous)?.label ?? 'previous view';
  return (
    <button type="button" className="button subtle small back-button" onClick={back}>
      <span aria-hidden="true">←</span> Back to {label}
    </button>
  );
}
