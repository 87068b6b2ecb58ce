/**
 * How a long engine call reports how far it is: units done and in all (0: not known). It may throw to
 * stop the call (a cancelled job); the call then changes nothing.
 */
export type Progress = (done: number, total: number) => void;

export const noProgress: Progress = () => {};

/**
 * One call's parts reported on one scale: part i, given weight `weights[i]`, reports its own units
 * done and in all, and they fill its share of the whole (a part whose total is not known yet stays at
 * its start).
 */
export function progressParts(progress: Progress, weights: readonly number[]): Progress[] {
  const SCALE = 1000;
  const sum = weights.reduce((a, w) => a + w, 0);
  let start = 0;
  return weights.map((w) => {
    const from = start;
    const share = (w / sum) * SCALE;
    start += share;
    return (done, total) =>
      progress(Math.round(from + (total > 0 ? Math.min(1, done / total) * share : 0)), SCALE);
  });
}
