import type { Readable } from 'node:stream';
import Papa from 'papaparse';
import { cancelledError } from '../errors';
import { DataFileError } from './parse-error';
import { formatBytes } from './limits';

export interface ReadCsvOptions {
  signal?: AbortSignal;
  onBytes?: (n: number) => void;
  onRow: (row: Record<string, string | undefined>) => void;
  /** Header columns that must be present. */
  requiredColumns: string[];
  /**
   * Most bytes read without a row coming out: a quoted cell that never closes would otherwise keep
   * the rest of the file in the parser's memory.
   */
  maxRowBytes: number;
  /** Asked before each row: a promise to await first (the consumer is behind), or null. */
  pause?: () => Promise<void> | null;
}

/** Streams an RFC-4180 CSV with a header row (cells may hold newlines); one object per row. */
export async function readCsvStream(stream: Readable, opts: ReadCsvOptions): Promise<number> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h: string) => h.replace(/^\uFEFF/, '').trim(),
  }) as unknown as NodeJS.ReadWriteStream & AsyncIterable<Record<string, string | undefined>>;
  let sinceRow = 0;
  stream.on('data', (chunk: Buffer) => {
    opts.onBytes?.(chunk.length);
    sinceRow += chunk.length;
    if (sinceRow > opts.maxRowBytes) {
      (parser as unknown as Readable).destroy(
        new DataFileError(
          `one row is larger than ${formatBytes(opts.maxRowBytes)} (a quoted cell that never closes?)`,
        ),
      );
    }
  });
  stream.on('error', (err) => (parser as unknown as Readable).destroy(err));
  stream.pipe(parser);
  let rows = 0;
  try {
    for await (const row of parser) {
      sinceRow = 0;
      const wait = opts.pause?.();
      if (wait) await wait;
      if (opts.signal?.aborted) throw cancelledError();
      if (rows === 0) {
        const missing = opts.requiredColumns.filter((c) => !(c in row));
        if (missing.length > 0) throw new DataFileError(`the CSV has no ${missing.join(', ')} column`);
      }
      rows++;
      opts.onRow(row);
    }
  } finally {
    stream.destroy();
  }
  if (opts.signal?.aborted) throw cancelledError();
  return rows;
}
