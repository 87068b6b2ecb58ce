/** What each kind of job does, inside the engine worker. A new kind of job is one entry here. */
import type { Engine } from '../engine';
import type { EngineWorkerData } from '../worker/protocol';
import { runImportJob } from './import-job';
import type { JobRunners } from './job-runner';

export function jobRunners(engine: () => Engine, settings: EngineWorkerData): JobRunners {
  return {
    import: ({ path }, ctx) => runImportJob(engine(), settings, path, ctx),
  };
}
