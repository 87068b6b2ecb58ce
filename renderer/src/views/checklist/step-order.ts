/** Which checklist steps are recommended for this person, and the order the guided fix walks them in. */
import type { ChecklistView, StepStatus, TailoredStep } from '../../../../shared/checklist/types';

const EMPHASIS_ORDER = { high: 0, normal: 1, low: 2 } as const;

/** Steps the archive makes most relevant; when none stands out, the ordinary ones. */
export function recommendedSteps(view: ChecklistView): TailoredStep[] {
  const high = view.steps.filter((s) => s.emphasis === 'high');
  return high.length > 0 ? high : view.steps.filter((s) => s.emphasis === 'normal');
}

/** Recommended first, then by emphasis; the checklist's own order within each group. */
export function guidedOrder(view: ChecklistView): TailoredStep[] {
  const recommended = new Set(recommendedSteps(view).map((s) => s.step.id));
  const rank = (s: TailoredStep) => (recommended.has(s.step.id) ? -1 : EMPHASIS_ORDER[s.emphasis]);
  return view.steps
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .map(({ s }) => s);
}

/** A step no longer asks for anything: done, or not relevant to this person. */
export function isSettled(status: StepStatus): boolean {
  return status === 'done' || status === 'notApplicable';
}

export interface RecommendedProgress {
  done: number;
  total: number;
  /** Recommended steps still to do. */
  left: number;
}

export function recommendedProgress(view: ChecklistView): RecommendedProgress {
  const steps = recommendedSteps(view);
  const done = steps.filter((s) => isSettled(s.progress.status)).length;
  return { done, total: steps.length, left: steps.length - done };
}
