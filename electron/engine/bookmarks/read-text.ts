import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { UserFacingError } from '../errors';

/** Bookmark exports are small (tens of MB at most); anything far bigger is not one. */
export const MAX_BOOKMARK_FILE_BYTES = 512 * 1024 * 1024;

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
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (head.includes(0)) {
    throw bad(path, 'this is not a text file (CSV or JSON); is it a spreadsheet or a zip? Export it as CSV');
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)),
      encoding: 'utf-8',
    };
  } catch {
    throw bad(
      path,
      'the file is not UTF-8 text (perhaps Windows-1252 or Latin-1); save it again as "CSV UTF-8" or UTF-8 JSON',
    );
  }
}

export function readBookmarkFile(path: string): DecodedText & { fileName: string } {
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
  if (size > MAX_BOOKMARK_FILE_BYTES) {
    throw bad(path, `the file is ${Math.round(size / 1024 / 1024)} MB; a bookmarks export is far smaller`);
  }
  return { ...decodeBookmarkBytes(readFileSync(path), path), fileName: basename(path) };
}
