import { ArraySplitter } from './array-splitter';
import { formatBytes, RATIO_CHECK_FROM, ZIP_BOMB_MESSAGE, type ParseLimits } from './limits';
import { DataFileError, jsonErrorReason } from './parse-error';
import { matchPrefix } from './prefix';
import { cancelledError } from '../errors';
import { JsonElementParser } from './json-text';

export interface ReadArrayOptions {
  limits: ParseLimits;
  /** Compressed size of the zip entry, for the compression-ratio guard; omit for plain files. */
  compressedBytes?: number;
  signal?: AbortSignal;
  /** Called with the byte count of every chunk read (for progress). */
  onBytes?: (n: number) => void;
  /** Called with each parsed element; when `parse` is false, with `undefined` (counting only). */
  onElement: (value: unknown) => void;
  /**
   * Reads an element larger than `limits.maxElementBytes` (up to `maxPiecewiseElementBytes`) from
   * its bytes, in pieces; without it such an element is the file's error.
   */
  onLargeElement?: (bytes: Buffer, start: number, end: number) => void;
  parse?: boolean;
  /** Asked before each chunk: a promise to await first (the consumer is behind), or null. */
  pause?: () => Promise<void> | null;
}

export interface ReadArrayResult {
  globalName: string;
  elements: number;
  bytes: number;
}

/**
 * Streams one `<global> = [ ... ]` data file: strips the assignment prefix, splits the array into
 * elements and JSON.parses each (never evaluates). Memory holds at most one element.
 */
export async function readJsArrayStream(
  stream: AsyncIterable<Buffer>,
  opts: ReadArrayOptions,
): Promise<ReadArrayResult> {
  const { limits, signal, onBytes, onElement } = opts;
  const parse = opts.parse !== false;
  let elementIndex = 0;
  const json = new JsonElementParser();
  const splitter = new ArraySplitter(
    parse
      ? (buf, start, end, tentative) => {
          if (end - start > limits.maxElementBytes) {
            // Only an element split by the exact path is certain enough to be read in pieces.
            if (tentative) return false;
            elementIndex++;
            opts.onLargeElement!(buf, start, end);
            return true;
          }
          let value: unknown;
          try {
            value = json.parse(buf, start, end);
          } catch (err) {
            if (tentative) return false;
            throw new DataFileError(`record ${elementIndex + 1} is not valid JSON (${jsonErrorReason(err)})`);
          }
          elementIndex++;
          onElement(value);
          return true;
        }
      : () => {
          elementIndex++;
          onElement(undefined);
          return true;
        },
    {
      maxDepth: limits.maxDepth,
      maxElementBytes:
        parse && opts.onLargeElement ? limits.maxPiecewiseElementBytes : limits.maxElementBytes,
    },
    { fastPath: parse },
  );
  let head: Buffer | null = Buffer.alloc(0);
  let globalName = '';
  let bytes = 0;
  for await (const chunk of stream) {
    const wait = opts.pause?.();
    if (wait) await wait;
    if (signal?.aborted) throw cancelledError();
    bytes += chunk.length;
    onBytes?.(chunk.length);
    if (bytes > limits.maxInflatedBytes) {
      throw new DataFileError(`the file is larger than ${formatBytes(limits.maxInflatedBytes)}`);
    }
    if (
      opts.compressedBytes !== undefined &&
      bytes > RATIO_CHECK_FROM &&
      bytes / Math.max(1, opts.compressedBytes) > limits.maxCompressionRatio
    ) {
      throw new DataFileError(ZIP_BOMB_MESSAGE);
    }
    json.forget();
    if (head === null) {
      splitter.push(chunk);
      continue;
    }
    head = head.length === 0 ? chunk : Buffer.concat([head, chunk]);
    const match = matchPrefix(head, false, limits.maxPrefixBytes);
    if (!match) continue;
    if (match.opener !== '[') throw new DataFileError('the data is not a JSON array');
    globalName = match.globalName;
    const rest = head;
    head = null;
    splitter.push(rest, match.valueStart + 1);
  }
  if (signal?.aborted) throw cancelledError();
  if (head !== null) {
    const match = matchPrefix(head, true, limits.maxPrefixBytes);
    if (!match || match.opener !== '[') throw new DataFileError('the data is not a JSON array');
    globalName = match.globalName;
    splitter.push(head, match.valueStart + 1);
  }
  splitter.end();
  return { globalName, elements: splitter.elements, bytes };
}
