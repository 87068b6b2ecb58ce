import type { ConversationSummary } from '../model/items';

/**
 * Who a direct-message conversation is with, in plain words: "With @sam" when the archive names the
 * other person, else "With account 12345"; "Group chat with 3 people" for a group.
 */
export function conversationLabel(c: ConversationSummary): string {
  if (c.group) return `Group chat with ${c.people} ${c.people === 1 ? 'person' : 'people'}`;
  if (c.handle) return `With @${c.handle}`;
  if (c.accountId) return `With account ${c.accountId}`;
  return 'A conversation whose other person the archive does not name';
}
