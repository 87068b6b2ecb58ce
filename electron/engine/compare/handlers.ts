/** The compare channel's handler, spread into the service's handlers. */
import type { Req, RequestChannel, Res } from '../../../shared/ipc/contract';
import type { EngineJobs } from '../worker/engine-client';

export type CompareChannel = Extract<RequestChannel, `compare:${string}`>;
export type CompareHandlers = { [C in CompareChannel]: (req: Req<C>) => Promise<Res<C>> | Res<C> };

export function createCompareHandlers({ jobs }: { jobs: EngineJobs }): CompareHandlers {
  return {
    'compare:run': ({ olderId, newerId }) => ({ jobId: jobs.startJob('compare', { olderId, newerId }) }),
  };
}
