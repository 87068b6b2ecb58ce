/** One import job at a time: its progress events, its outcome, and Cancel. */
import { create } from 'zustand';
import type { ImportOutcome, ImportProgress } from '../../../shared/model/progress';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { api, errorMessage } from '../bridge';

export type ImportPhase = 'idle' | 'starting' | 'running' | 'cancelling' | 'done' | 'error' | 'cancelled';

interface ImportState {
  phase: ImportPhase;
  path: string | null;
  jobId: string | null;
  progress: ImportProgress | null;
  summary: ArchiveSummary | null;
  message: string | null;
  /**
   * The import stopped because this copy is damaged and the library keeps a complete import of the
   * same archive: the user is asked whether to replace it anyway (start again with `replace`).
   */
  canReplace: boolean;
  /** Subscribes to the engine's import events; call once when the app starts. */
  listen(): () => void;
  start(path: string, opts?: { replace?: boolean }): Promise<void>;
  cancel(): Promise<void>;
  reset(): void;
}

const IDLE = {
  phase: 'idle',
  path: null,
  jobId: null,
  progress: null,
  summary: null,
  message: null,
  canReplace: false,
} as const;

export const useImport = create<ImportState>()((set, get) => {
  /** Events can arrive before `startImport` answers with the job id: accept them while starting. */
  const isCurrent = (jobId: string) => {
    const s = get();
    return s.jobId === jobId || (s.jobId === null && (s.phase === 'starting' || s.phase === 'cancelling'));
  };

  const onProgress = (p: ImportProgress) => {
    const s = get();
    if (!isCurrent(p.jobId) || !['starting', 'running', 'cancelling'].includes(s.phase)) return;
    set({ progress: p, jobId: p.jobId, phase: s.phase === 'cancelling' ? 'cancelling' : 'running' });
  };

  const onFinished = (o: ImportOutcome) => {
    const s = get();
    if (!isCurrent(o.jobId) || !['starting', 'running', 'cancelling'].includes(s.phase)) return;
    if (o.outcome === 'done') set({ phase: 'done', summary: o.summary, jobId: o.jobId });
    else if (o.outcome === 'error')
      set({ phase: 'error', message: o.message, jobId: o.jobId, canReplace: o.canReplace === true });
    else set({ phase: 'cancelled', jobId: o.jobId });
  };

  return {
    ...IDLE,
    // Listening from the start, not per import: a fast import's events must not beat the subscription.
    listen: () => {
      const offProgress = api().onImportProgress(onProgress);
      const offFinished = api().onImportFinished(onFinished);
      return () => {
        offProgress();
        offFinished();
      };
    },
    start: async (path, opts = {}) => {
      const phase = get().phase;
      if (phase === 'starting' || phase === 'running' || phase === 'cancelling') return;
      set({ ...IDLE, phase: 'starting', path });
      try {
        const { jobId } = await api().startImport({ path, ...(opts.replace ? { replace: true } : {}) });
        const now = get().phase;
        if (now === 'starting' || now === 'running' || now === 'cancelling') set({ jobId });
        // Cancel pressed before the job had an id.
        if (now === 'cancelling') await api().cancelImport({ jobId });
      } catch (e) {
        set({ phase: 'error', message: errorMessage(e) });
      }
    },
    cancel: async () => {
      const { jobId, phase } = get();
      if (phase !== 'running' && phase !== 'starting') return;
      set({ phase: 'cancelling' });
      if (!jobId) return; // start() cancels once the id arrives
      try {
        await api().cancelImport({ jobId });
      } catch (e) {
        set({ phase: 'running', message: errorMessage(e) });
      }
    },
    reset: () => set(IDLE),
  };
});

/** Remaining time from the share of bytes done; null until there is enough to go on. */
export function estimateRemainingMs(p: ImportProgress): number | null {
  if (p.bytesTotal <= 0 || p.bytesDone <= 0 || p.elapsedMs < 1000) return null;
  const share = Math.min(1, p.bytesDone / p.bytesTotal);
  if (share >= 1) return 0;
  return (p.elapsedMs * (1 - share)) / share;
}
