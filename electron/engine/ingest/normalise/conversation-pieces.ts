import { elements, members, parseSpan, skipSpace } from '../../parse/json-walk';

const MESSAGES_PER_PIECE = 1000;

/**
 * A DM conversation too large to JSON.parse whole (years of messages with one person), read in
 * pieces from its bytes: its other members (id, ...) are parsed as they are, its messages one at a
 * time, and each piece of up to `perPiece` messages is shaped like a whole conversation element, so
 * normaliseConversation reads it unchanged and the writer adds the pieces up by conversation id.
 */
export function* conversationPieces(
  buf: Buffer,
  start: number,
  end: number,
  perPiece = MESSAGES_PER_PIECE,
): Generator<unknown> {
  const at = skipSpace(buf, start, end);
  // X wraps each conversation: { "dmConversation": { "conversationId": ..., "messages": [...] } }.
  const outer: Record<string, unknown> = {};
  let wrapped: { start: number; stop: number } | null = null;
  for (const m of members(buf, at, end)) {
    if (m.key === 'dmConversation' && buf[m.start] === 0x7b) wrapped = m;
    else if (m.key !== 'messages') outer[m.key] = parseSpan(buf, m.start, m.stop);
  }
  const conversation = wrapped ?? { start: at, stop: end };
  const head: Record<string, unknown> = {};
  let messages: { start: number; stop: number } | null = null;
  for (const m of members(buf, conversation.start, conversation.stop)) {
    if (m.key === 'messages' && buf[m.start] === 0x5b) messages = m;
    else head[m.key] = parseSpan(buf, m.start, m.stop);
  }
  const piece = (batch: unknown[]): unknown => {
    const c = { ...head, messages: batch };
    return wrapped ? { ...outer, dmConversation: c } : c;
  };
  let batch: unknown[] = [];
  let pieces = 0;
  if (messages) {
    for (const [s, e] of elements(buf, messages.start, messages.stop)) {
      batch.push(parseSpan(buf, s, e));
      if (batch.length === perPiece) {
        yield piece(batch);
        pieces++;
        batch = [];
      }
    }
  }
  if (batch.length > 0 || pieces === 0) yield piece(batch);
}
