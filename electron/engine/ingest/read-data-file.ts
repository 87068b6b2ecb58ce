import type { FileReport } from '../../../shared/model/summary';
import type { ArchiveSource } from '../archive/source';
import type { PlannedFile } from '../archive/plan';
import { readJsArrayStream } from '../parse/js-array-stream';
import { readCsvStream } from '../parse/csv-stream';
import { declaredSizeProblem, type ParseLimits } from '../parse/limits';
import { DataFileError } from '../parse/parse-error';
import { FileTally } from './file-tally';
import { elementHandler, largeElementHandler, type Writers } from './handlers';
import { normaliseCsvTweet } from './normalise/classic-csv';
import { isSkip } from './records';
import type { ProgressReporter } from './progress-reporter';

const CSV_COLUMNS = ['tweet_id', 'timestamp', 'text'];

export interface ReadFileContext {
  source: ArchiveSource;
  writers: Writers;
  limits: ParseLimits;
  progress: ProgressReporter;
  signal?: AbortSignal;
}

function joinMessages(...parts: Array<string | undefined>): string | undefined {
  const kept = parts.filter((p): p is string => !!p);
  return kept.length > 0 ? kept.join('; ') : undefined;
}

/**
 * Reads one planned data file into the database and reports what happened. A damaged file gives an
 * `error` report (records read before the damage are kept); only cancellation and database failures throw.
 */
export async function readDataFile(file: PlannedFile, ctx: ReadFileContext): Promise<FileReport> {
  const report = (status: FileReport['status'], records: number, message?: string): FileReport => ({
    path: file.displayPath,
    type: file.type,
    records,
    status,
    ...(message ? { message } : {}),
  });
  if (!file.present) {
    const listed = file.expectedCount !== null ? ` (${file.expectedCount} records)` : '';
    return report('missing', 0, `listed${listed} but not in the archive`);
  }
  const tally = new FileTally();
  let elements = 0;
  let bytes = 0;
  const entry = ctx.source.entries.get(file.path);
  ctx.progress.startFile(file.displayPath, file.size);
  const onBytes = (n: number) => {
    bytes += n;
    ctx.progress.fileBytes(n, tally.records);
  };
  let failure: string | undefined;
  try {
    // A zip bomb that declares its size honestly is refused before anything is inflated.
    const tooBig = entry ? declaredSizeProblem(entry.size, entry.compressedSize, ctx.limits) : null;
    if (tooBig) throw new DataFileError(tooBig);
    const stream = await ctx.source.open(file.path);
    if (file.handler === 'classicCsv') {
      tally.describeDuplicates = (n) =>
        `${n} post${n === 1 ? ' was' : 's were'} already read from the monthly files`;
      elements = await readCsvStream(stream, {
        signal: ctx.signal,
        maxRowBytes: ctx.limits.maxElementBytes,
        onBytes,
        pause: ctx.writers.backpressure,
        requiredColumns: CSV_COLUMNS,
        onRow: (row) => {
          const rec = normaliseCsvTweet(row);
          if (isSkip(rec)) tally.skip(rec.skip);
          else ctx.writers.posts.add('post', rec, tally);
        },
      });
    } else {
      const handle = file.handler ? elementHandler(file.handler, ctx.writers) : null;
      const handleLarge = file.handler ? largeElementHandler(file.handler, ctx.writers) : null;
      const result = await readJsArrayStream(stream, {
        limits: ctx.limits,
        signal: ctx.signal,
        onBytes,
        pause: ctx.writers.backpressure,
        parse: true,
        ...(entry?.compressedSize != null ? { compressedBytes: entry.compressedSize } : {}),
        onElement: handle
          ? (el) => {
              elements++;
              handle(el, tally);
            }
          : () => {
              elements++;
            },
        ...(handleLarge
          ? {
              onLargeElement: (buf: Buffer, start: number, end: number) => {
                elements++;
                handleLarge(buf, start, end, tally);
              },
            }
          : {}),
      });
      elements = result.elements;
    }
  } catch (err) {
    // Only a problem with the file's content is the file's failure; anything else (the database,
    // the disk, a bug) fails the whole import, which leaves the library untouched.
    if (!(err instanceof DataFileError)) throw err;
    failure = err.message;
  } finally {
    ctx.progress.endFile(bytes, tally.records);
  }
  const records = file.handler ? tally.records : elements;
  if (failure !== undefined) {
    const kept = records > 0 ? ` (${records} records before the problem were kept)` : '';
    return report('error', records, joinMessages(`${failure}${kept}`, tally.message()));
  }
  const mismatch =
    file.expectedCount !== null && file.expectedCount !== elements
      ? `the manifest says ${file.expectedCount} records, the file has ${elements}`
      : undefined;
  if (elements === 0) return report('empty', 0, mismatch);
  if (!file.handler)
    return report('unknown', elements, joinMessages('not analysed by this version', mismatch));
  return report('imported', records, joinMessages(tally.message(), mismatch));
}
