import { UserFacingError } from '../errors';
import { parseBookmarkCsv } from './parse-csv';
import { parseBookmarkJson } from './parse-json';
import type { BookmarkTable } from './table';

/** JSON when the text opens like JSON (or an archive data file), CSV otherwise. */
export function tableOfText(text: string, fileName: string): BookmarkTable {
  const head = text.slice(0, 512).trimStart();
  if (head.length === 0) throw new UserFacingError('BAD_INPUT', 'the file holds no text', fileName);
  if (/^<(?:!doctype|html|\?xml)/i.test(head)) {
    throw new UserFacingError(
      'BAD_INPUT',
      'this is a web page or XML file, not a CSV or JSON export',
      fileName,
    );
  }
  if (head.startsWith('[') || head.startsWith('{') || head.startsWith('window.YTD.')) {
    return parseBookmarkJson(text, fileName);
  }
  return parseBookmarkCsv(text);
}
