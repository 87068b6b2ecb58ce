/** Each job's progress and end as the contract's events, sent to the window (app) or the page (harness). */
import type { EventChannel, EventChannels } from '../../../shared/ipc/contract';
import type { JobFinished } from '../../../shared/model/jobs';
import type { ArchiveSummary } from '../../../shared/model/summary';
import type { JobListener } from '../worker/engine-client';
import type { JobProgressOf, Steps } from './job-types';

export type EmitEvent = <C extends EventChannel>(channel: C, payload: EventChannels[C]) => void;

/** Imports keep their own detailed events (per file); every other job has the generic ones. */
export function jobEvents(emit: EmitEvent): JobListener {
  return {
    progress(jobId, kind, progress) {
      if (kind === 'import') emit('import:progress', { ...(progress as JobProgressOf<'import'>), jobId });
      else emit('job:progress', { jobId, kind, ...(progress as Steps) });
    },
    end(jobId, kind, end) {
      if (kind === 'import') {
        emit(
          'import:finished',
          end.outcome === 'done'
            ? { jobId, outcome: 'done', summary: end.result as ArchiveSummary }
            : { jobId, ...end },
        );
      } else {
        emit('job:finished', { jobId, kind, ...end } as JobFinished);
      }
    },
  };
}
