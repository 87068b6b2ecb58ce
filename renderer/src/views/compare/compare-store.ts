/** The last comparison per pair of archives (a comparison of two large archives takes a few seconds). */
import { create } from 'zustand';
import type { ArchiveComparison } from '../../../../shared/model/compare';
import { api, errorMessage } from '../../bridge';
import { runJob } from '../../jobs/run-job';
import type { RunningJob } from '../../jobs/use-job';

const pairKey = (olderId: string, newerId: string) => `${olderId}>${newerId}`;

interface CompareState {
  results: Record<string, ArchiveComparison>;
  running: string | null;
  /** The running comparison's progress (the engine runs it as a job). */
  job: RunningJob | null;
  errors: Record<string, string>;
  run(olderId: string, newerId: string, force?: boolean): Promise<void>;
  cancel(): void;
  resultFor(olderId: string, newerId: string): ArchiveComparison | undefined;
  errorFor(olderId: string, newerId: string): string | undefined;
  /** After an archive changed (bookmarks imported, re-import, forgotten). */
  invalidate(archiveId: string): void;
}

export const useCompare = create<CompareState>()((set, get) => ({
  results: {},
  running: null,
  job: null,
  errors: {},
  run: async (olderId, newerId, force = false) => {
    const key = pairKey(olderId, newerId);
    if (!force && (get().results[key] || get().running === key)) return;
    set((s) => ({
      running: key,
      errors: Object.fromEntries(Object.entries(s.errors).filter(([k]) => k !== key)),
    }));
    try {
      const result = (await runJob('compare', () => api().compareArchives({ olderId, newerId }), {
        onStarted: (jobId) => set({ job: { jobId, done: 0, total: 0 } }),
        onProgress: ({ jobId, done, total }) => set({ job: { jobId, done, total } }),
      }))!;
      set((s) => ({ results: { ...s.results, [key]: result } }));
    } catch (e) {
      set((s) => ({ errors: { ...s.errors, [key]: errorMessage(e) } }));
    } finally {
      if (get().running === key) set({ running: null, job: null });
    }
  },
  cancel: () => {
    const jobId = get().job?.jobId;
    if (jobId) void api().cancelJob({ jobId });
  },
  resultFor: (olderId, newerId) => get().results[pairKey(olderId, newerId)],
  errorFor: (olderId, newerId) => get().errors[pairKey(olderId, newerId)],
  invalidate: (archiveId) =>
    set((s) => ({
      results: Object.fromEntries(
        Object.entries(s.results).filter(([k]) => !k.split('>').includes(archiveId)),
      ),
    })),
}));

export { pairKey };
