import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { UserFacingError } from '../errors';
import { noProgress, type Progress } from '../services/progress';

import { BOOKMARK_LIMITS } from './limits';
import { encodingOf, NOT_TEXT, NOT_UTF8, TextChunks } from './text-chunks';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
}

function bad(path: string, message: string): UserFacingError {
  return new UserFacingError('BAD_INPUT', message, basename(path));
}

/**
 * Decodes a bookmark export: UTF-8 (with or without BOM) or UTF-16 with its BOM. Anything else is
 * refused with a message that says what to do, never decoded into garbled text.
 */
export function decodeBookmarkBytes(bytes: Uint8Array, path: string): DecodedText {
  const { encoding, skip } = encodingOf(bytes);
  if (encoding !== 'utf-8') return { text: new TextDecoder(encoding).decode(bytes.subarray(skip)), encoding };
  if (bytes.subarray(0, Math.min(bytes.length, 8192)).includes(0)) throw bad(path, NOT_TEXT);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(skip)), encoding };
  } catch {
    throw bad(path, NOT_UTF8);
  }
}

/**
 * Opens a bookmark export to be read a chunk at a time (see TextChunks): only its size, kind and
 * encoding are checked here; a file far larger than any export is refused before a byte is parsed.
 * `progress` is told the bytes read as the chunks are read.
 */
export function openBookmarkFile(
  path: string,
  progress: Progress = noProgress,
): { chunks: TextChunks; fileName: string } {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw bad(path, 'this is a folder, not a bookmarks file');
    size = stat.size;
  } catch (err) {
    if (err instanceof UserFacingError) throw err;
    throw bad(path, 'the file cannot be read (it was moved, or you have no permission to read it)');
  }
  if (size === 0) throw bad(path, 'the file is empty');
  if (size > BOOKMARK_LIMITS.maxFileBytes) {
    throw bad(path, `the file is ${Math.round(size / 1024 / 1024)} MB; a bookmarks export is far smaller`);
  }
  return {
    chunks: new TextChunks(path, basename(path), (bytes) => progress(bytes, size)),
    fileName: basename(path),
  };
}
