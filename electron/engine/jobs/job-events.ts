/** Each job's progress and end as the contract's events, sent to the window (app) or the page (harness). */
import type { EventChannel, EventChannels } from '../../../shared/ipc/contract';
import type { ArchiveSummary } from '../../../shared/model/summary';
import type { JobListener } from '../worker/engine-client';
import type { JobProgressOf } from './job-types';

export type EmitEvent = <C extends EventChannel>(channel: C, payload: EventChannels[C]) => void;

export function jobEvents(emit: EmitEvent): JobListener {
  return {
    progress(jobId, kind, progress) {
      if (kind === 'import') emit('import:progress', { ...(progress as JobProgressOf<'import'>), jobId });
    },
    end(jobId, kind, end) {
      if (kind !== 'import') return;
      emit(
        'import:finished',
        end.outcome === 'done'
          ? { jobId, outcome: 'done', summary: end.result as ArchiveSummary }
          : { jobId, ...end },
      );
    },
  };
}
