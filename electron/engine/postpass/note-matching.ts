import type { Database } from 'better-sqlite3';
import { stripLeadingMentions } from '../parse/text';
import { POST_TYPE_BIT } from '../db/bits';

export interface NoteCandidate {
  id: number;
  text: string | null;
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * The post a long-post note belongs to, among the posts created in the same second: the only one,
 * or the one whose text (leading @mentions stripped: replies carry them, notes do not) shares the
 * longest prefix with the note's text. Null when nothing matches or the best match is a tie.
 */
export function pickNoteMatch(noteText: string, candidates: readonly NoteCandidate[]): number | null {
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0]!.id;
  const note = stripLeadingMentions(noteText);
  let best: number | null = null;
  let bestLen = 0;
  let tie = false;
  for (const c of candidates) {
    const len = commonPrefixLength(note, stripLeadingMentions(c.text ?? ''));
    if (len > bestLen) {
      best = c.id;
      bestLen = len;
      tie = false;
    } else if (len === bestLen) tie = true;
  }
  return tie || bestLen === 0 ? null : best;
}

export interface NoteMatch {
  noteId: string;
  itemId: number;
  text: string;
}

/** Finds the post of each long-post note (note-tweet.js); also returns how many notes found none. */
export function findNoteMatches(db: Database): { matches: NoteMatch[]; unmatched: number } {
  const notes = db
    .prepare('SELECT note_id, created_at, text FROM notes WHERE created_at IS NOT NULL ORDER BY created_at')
    .all() as Array<{ note_id: string; created_at: string; text: string }>;
  const undated = (
    db.prepare('SELECT count(*) AS n FROM notes WHERE created_at IS NULL').get() as { n: number }
  ).n;
  const candidates = db.prepare(
    `SELECT id, text FROM items WHERE kind IN ('post', 'communityPost') AND created_at >= ? AND created_at <= ?`,
  );
  const taken = new Set<number>();
  const matches: NoteMatch[] = [];
  let unmatched = undated;
  for (const note of notes) {
    const second = note.created_at.slice(0, 19);
    const found = (candidates.all(`${second}.000Z`, `${second}.999Z`) as NoteCandidate[]).filter(
      (c) => !taken.has(c.id),
    );
    const id = pickNoteMatch(note.text, found);
    if (id === null) {
      unmatched++;
      continue;
    }
    taken.add(id);
    matches.push({ noteId: note.note_id, itemId: id, text: note.text });
  }
  return { matches, unmatched };
}

/** The matched post gets the note's full text and the `long` type. */
export function applyNoteMatches(db: Database, matches: readonly NoteMatch[]): void {
  const setItem = db.prepare(
    `UPDATE items SET text = ?, post_types = post_types | ${POST_TYPE_BIT.long} WHERE id = ?`,
  );
  const setPost = db.prepare('UPDATE posts SET note_id = ? WHERE item_id = ?');
  const setCommunity = db.prepare('UPDATE community_posts SET note_id = ? WHERE item_id = ?');
  const setNote = db.prepare('UPDATE notes SET item_id = ? WHERE note_id = ?');
  db.transaction(() => {
    for (const m of matches) {
      setItem.run(m.text, m.itemId);
      setPost.run(m.noteId, m.itemId);
      setCommunity.run(m.noteId, m.itemId);
      setNote.run(m.itemId, m.noteId);
    }
  })();
}
