/** The targets of issue 3 ("Speed and memory") and how a run compares with them. */
export interface BenchFigures {
  ratio: number;
  peakRssMB: number;
  maxEventLoopDelayMs: number;
  ftsP95Ms: number;
  pageP95Ms: number;
  /** The main process's worst event-loop delay while the engine worker re-classifies every item. */
  visibilityMainLoopMaxDelayMs: number;
  cliListMs: number;
}

export const TARGETS: Record<keyof BenchFigures, { max: number; strict: boolean; label: string }> = {
  ratio: { max: 1.6, strict: false, label: 'import / baseline (CPU)' },
  peakRssMB: { max: 400, strict: true, label: 'peak RSS (MB)' },
  maxEventLoopDelayMs: { max: 50, strict: true, label: 'event-loop delay max (ms)' },
  ftsP95Ms: { max: 30, strict: true, label: 'FTS p95 (ms)' },
  pageP95Ms: { max: 15, strict: true, label: 'page p95 (ms)' },
  visibilityMainLoopMaxDelayMs: { max: 50, strict: true, label: 'main delay, correction (ms)' },
  cliListMs: { max: 300, strict: true, label: 'x-exposure list, empty (ms)' },
};

export function verdicts(f: BenchFigures): Record<keyof BenchFigures, boolean> {
  const out = {} as Record<keyof BenchFigures, boolean>;
  for (const key of Object.keys(TARGETS) as Array<keyof BenchFigures>) {
    const t = TARGETS[key];
    out[key] = t.strict ? f[key] < t.max : f[key] <= t.max;
  }
  return out;
}
