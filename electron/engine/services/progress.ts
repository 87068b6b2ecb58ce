/**
 * How a long engine call reports how far it is: units done and in all (0: not known). It may throw to
 * stop the call (a cancelled job); the call then changes nothing.
 */
export type Progress = (done: number, total: number) => void;

export const noProgress: Progress = () => {};
