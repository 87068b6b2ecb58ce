import type { DmConversationRecord, DmMessageRecord, Skip } from '../records';
import { parseArchiveDate } from '../../parse/dates';
import { asArray, asId, asObject, asString, unescapeText, unwrap } from '../../parse/text';

/**
 * direct-messages.js / direct-messages-group.js: one conversation per element, with its messages
 * (`messageCreate`) and, in groups, events (joins, leaves, renames).
 */
export function normaliseConversation(el: unknown): DmConversationRecord | Skip {
  const c = unwrap(el, 'dmConversation');
  const conversationId = asId(c?.conversationId);
  if (!c || !conversationId) return { skip: 'missing conversation id' };
  const messages: DmMessageRecord[] = [];
  const participants = new Set<string>();
  let name: string | null = null;
  let events = 0;
  let skippedMessages = 0;
  for (const entry of asArray(c.messages)) {
    const e = asObject(entry);
    const m = asObject(e?.messageCreate);
    if (!m) {
      if (e) events++;
      const rename = asObject(e?.conversationNameUpdate);
      if (rename) name = asString(rename.name) ?? name;
      for (const key of ['participantsJoin', 'participantsLeave', 'joinConversation']) {
        for (const id of asArray(asObject(e?.[key])?.userIds)) {
          const s = asId(id);
          if (s) participants.add(s);
        }
      }
      continue;
    }
    const messageId = asId(m.id);
    const text = unescapeText(m.text);
    if (!messageId || text === null) {
      skippedMessages++;
      continue;
    }
    const senderId = asId(m.senderId);
    const recipientId = asId(m.recipientId);
    if (senderId) participants.add(senderId);
    if (recipientId) participants.add(recipientId);
    const createdAt = parseArchiveDate(m.createdAt);
    messages.push({
      messageId,
      createdAt,
      dateInvalid: createdAt === null && m.createdAt !== undefined,
      senderId,
      recipientId,
      text,
      urls: asArray(m.urls)
        .map((u) => asString(asObject(u)?.expanded))
        .filter((u): u is string => u !== null),
      mediaUrls: asArray(m.mediaUrls)
        .map(asString)
        .filter((u): u is string => u !== null),
      reactions: asArray(m.reactions).length,
    });
  }
  if (participants.size === 0) for (const id of conversationId.split('-')) if (id) participants.add(id);
  return { conversationId, name, participants: [...participants], messages, events, skippedMessages };
}
