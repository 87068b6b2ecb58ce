import type { ItemKind } from '../../../shared/model/kinds';
import type { ItemRow } from '../../../shared/model/items';
import { channelsOf, flagsOf, levelOf, postTypesOf } from '../db/bits';
import { WORD_CHAR } from './filters';

export const SNIPPET_CHARS = 320;

/** Columns of a Browse row, for `SELECT ${ROW_COLUMNS} FROM items i`. */
export const ROW_COLUMNS = `i.id, i.kind, i.post_types, i.created_at, substr(i.text, 1, ${SNIPPET_CHARS}) AS snippet,
  i.channels, i.flags, i.level, i.visibility`;

export interface RawRow {
  id: number;
  kind: ItemKind;
  post_types: number;
  created_at: string | null;
  snippet: string | null;
  channels: number;
  flags: number;
  level: number;
  visibility: ItemRow['visibility'];
}

/** Character ranges in `text` where a searched word starts a word (the last word as a prefix). */
export function matchRanges(text: string, words: readonly string[]): Array<[number, number]> {
  const lower = text.toLowerCase();
  const ranges: Array<[number, number]> = [];
  words.forEach((word, wi) => {
    const prefix = wi === words.length - 1;
    let at = lower.indexOf(word);
    while (at !== -1) {
      const before = at === 0 ? '' : lower[at - 1]!;
      const after = lower[at + word.length] ?? '';
      const startsWord = !WORD_CHAR.test(before);
      const endsWord = prefix || !WORD_CHAR.test(after);
      if (startsWord && endsWord) ranges.push([at, at + word.length]);
      at = lower.indexOf(word, at + word.length);
    }
  });
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** A stored row as the Browse list shows it. DM text stays hidden until the user reveals it. */
export function toItemRow(r: RawRow, words: readonly string[] | null): ItemRow {
  const snippet = r.kind === 'directMessage' ? null : r.snippet;
  const row: ItemRow = {
    id: r.id,
    kind: r.kind,
    postTypes: postTypesOf(r.post_types),
    createdAt: r.created_at,
    snippet,
    channels: channelsOf(r.channels),
    flags: flagsOf(r.flags),
    level: levelOf(r.level),
    visibility: r.visibility,
  };
  if (words && snippet) row.matches = matchRanges(snippet, words);
  return row;
}
