/** What each kind of job does, inside the engine worker. A new kind of job is one entry here. */
import type { Engine } from '../engine';
import type { Progress } from '../services/progress';
import type { EngineWorkerData } from '../worker/protocol';
import { runImportJob } from './import-job';
import { writeReportFile } from '../report/files';
import { prepareClassifying } from '../classification/prepare';
import type { JobContext, JobRunners } from './job-runner';
import type { Steps } from './job-types';

/** A job's context as the engine's Progress: reports, then stops the call if the job was cancelled. */
function progressOf(ctx: JobContext<Steps>): Progress {
  return (done, total) => {
    ctx.progress({ done, total });
    ctx.throwIfCancelled();
  };
}

/** A job that classifies text: the engine thread loads the language detector on the first such job. */
const detecting = <T>(run: () => T): Promise<T> => prepareClassifying().then(run);

export function jobRunners(engine: () => Engine, settings: EngineWorkerData): JobRunners {
  return {
    import: ({ path, replace }, ctx) =>
      runImportJob(engine(), { ...settings, replace: replace === true }, path, ctx),
    visibility: ({ archiveId, ...change }, ctx) =>
      detecting(() => engine().setVisibility(archiveId, change, progressOf(ctx))),
    ownWords: ({ archiveId, words }, ctx) =>
      detecting(() =>
        words
          ? engine().setOwnWords(archiveId, words, progressOf(ctx))
          : engine().recheckOwnWords(archiveId, progressOf(ctx)),
      ),
    bookmarkImport: ({ archiveId, path, mapping }, ctx) =>
      detecting(() => engine().importBookmarks(archiveId, path, mapping, progressOf(ctx))),
    compare: ({ olderId, newerId }, ctx) => engine().compareArchives(olderId, newerId, {}, progressOf(ctx)),
    report: (request, ctx) =>
      detecting(() => engine().buildReport(request.archiveId, request, progressOf(ctx))),
    reportFile: ({ path, format, ...request }, ctx) =>
      detecting(() => {
        const html = engine().reportHtml(request.archiveId, request, progressOf(ctx));
        if (format === 'pdf') return { path, html };
        writeReportFile(path, html);
        return { path };
      }),
    export: ({ archiveId, items, path, deletionList }, ctx) => {
      const e = engine();
      let ids: number[] | 'all';
      if ('all' in items) ids = 'all';
      else if ('itemIds' in items) ids = items.itemIds;
      else {
        // "Select all", then some unticked: every item the filters match, listed here in one query.
        const except = new Set(items.exceptIds);
        ids = e.matchingItemIds({ ...items.matching, archiveId }).filter((id) => !except.has(id));
        ctx.throwIfCancelled();
      }
      const write = deletionList ? e.exportDeletionList.bind(e) : e.exportItemsCsv.bind(e);
      return { path, rows: write(archiveId, ids, path, progressOf(ctx)) };
    },
  };
}
