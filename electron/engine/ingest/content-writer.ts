import type { Database, Statement } from 'better-sqlite3';
import type { BookmarkRecord, DmConversationRecord, GrokRecord, LikeRecord, NoteRecord } from './records';
import type { FileTally } from './file-tally';
import type { ItemSink } from './item-sink';
import type { MediaIndex } from './media-index';
import { RowBatch } from '../db/row-batch';

function json(value: readonly unknown[]): string | null {
  return value.length > 0 ? JSON.stringify(value) : null;
}

function basename(url: string): string {
  const path = url.split(/[?#]/, 1)[0]!;
  return path.slice(path.lastIndexOf('/') + 1);
}

const NO_MEDIA: never[] = [];
const NO_MENTIONS: string[] = [];

/**
 * Writes the non-post content items: likes, bookmarks, Grok messages, DMs, and long-post notes. Their
 * rows of the tables beside `items` go several per statement: `flush` writes the last ones.
 */
export class ContentWriter {
  private readonly like: RowBatch;
  private readonly bookmark: RowBatch;
  private readonly grok: RowBatch;
  private readonly conversation: Statement;
  private readonly message: RowBatch;
  private readonly note: Statement;

  constructor(
    db: Database,
    private readonly items: ItemSink,
    private readonly media: MediaIndex,
    private readonly accountId: () => string | null,
  ) {
    this.like = new RowBatch(db, 'likes', ['item_id', 'tweet_id', 'expanded_url']);
    this.bookmark = new RowBatch(db, 'bookmarks', [
      'item_id',
      'tweet_id',
      'expanded_url',
      'added_at',
      'collection_id',
    ]);
    this.grok = new RowBatch(db, 'grok_messages', [
      'item_id',
      'chat_id',
      'sender',
      'mode',
      'post_ids',
      'attachments',
    ]);
    this.conversation = db.prepare(
      `INSERT INTO dm_conversations (conversation_id, is_group, name, participants, messages, events)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (conversation_id) DO UPDATE SET messages = messages + excluded.messages,
         events = events + excluded.events, name = coalesce(excluded.name, name),
         participants = (SELECT json_group_array(value) FROM (
           SELECT value FROM json_each(participants) UNION SELECT value FROM json_each(excluded.participants)))`,
    );
    this.message = new RowBatch(db, 'dm_messages', [
      'item_id',
      'conversation_id',
      'message_id',
      'sender_id',
      'recipient_id',
      'urls',
      'media',
      'reactions',
    ]);
    this.note = db.prepare(
      'INSERT OR IGNORE INTO notes (note_id, created_at, updated_at, text) VALUES (?, ?, ?, ?)',
    );
  }

  addLike(rec: LikeRecord, tally: FileTally): void {
    const id = this.items.add(rec.tweetId, {
      kind: 'like',
      postTypes: [],
      createdAt: null,
      deletedAt: null,
      text: rec.text,
      media: NO_MEDIA,
      geo: null,
      mentions: NO_MENTIONS,
      inReplyToStatusId: null,
    });
    this.like.add(id, rec.tweetId, rec.expandedUrl);
    tally.records++;
  }

  addBookmark(rec: BookmarkRecord, tally: FileTally): void {
    const id = this.items.add(rec.tweetId, {
      kind: 'bookmark',
      postTypes: [],
      createdAt: rec.addedAt,
      deletedAt: null,
      text: rec.text,
      media: NO_MEDIA,
      geo: null,
      mentions: NO_MENTIONS,
      inReplyToStatusId: null,
    });
    this.bookmark.add(id, rec.tweetId, rec.expandedUrl, rec.addedAt, rec.collectionId);
    tally.records++;
  }

  addGrok(rec: GrokRecord, tally: FileTally): void {
    const id = this.items.add(rec.chatId ?? '', {
      kind: 'grokMessage',
      postTypes: [],
      createdAt: rec.createdAt,
      deletedAt: null,
      text: rec.text,
      media: rec.attachments.length > 0 ? rec.attachments.map(() => ({ type: 'other' as const })) : NO_MEDIA,
      geo: null,
      mentions: NO_MENTIONS,
      inReplyToStatusId: null,
      ...(rec.sender !== null ? { authoredBySelf: rec.sender !== 'Agent' } : {}),
    });
    this.grok.add(id, rec.chatId, rec.sender, rec.mode, json(rec.postIds), json(rec.attachments));
    tally.records++;
    if (rec.dateInvalid) tally.invalidDates++;
  }

  /**
   * Writes a conversation, or a piece of one (`continued`: a later piece of a conversation read in
   * pieces, added to the first and not counted as a record of its own).
   */
  addConversation(
    rec: DmConversationRecord,
    isGroup: boolean,
    tally: FileTally,
    opts: { continued?: boolean } = {},
  ): void {
    this.conversation.run(
      rec.conversationId,
      isGroup ? 1 : 0,
      rec.name,
      JSON.stringify(rec.participants),
      rec.messages.length,
      rec.events,
    );
    const owner = this.accountId();
    for (const m of rec.messages) {
      const media = m.mediaUrls.map((url) => ({
        url,
        archivePath: this.media.find('directMessages', m.messageId, basename(url)),
      }));
      const id = this.items.add(m.messageId, {
        kind: 'directMessage',
        postTypes: [],
        createdAt: m.createdAt,
        deletedAt: null,
        text: m.text,
        media: media.length > 0 ? media.map(() => ({ type: 'other' as const })) : NO_MEDIA,
        geo: null,
        mentions: NO_MENTIONS,
        inReplyToStatusId: null,
        ...(owner !== null && m.senderId !== null ? { authoredBySelf: m.senderId === owner } : {}),
      });
      this.message.add(
        id,
        rec.conversationId,
        m.messageId,
        m.senderId,
        m.recipientId,
        json(m.urls),
        json(media),
        m.reactions,
      );
      if (m.dateInvalid) tally.invalidDates++;
    }
    for (let i = 0; i < rec.skippedMessages; i++) tally.skip('message without id or text');
    if (!opts.continued) tally.records++;
  }

  addNote(rec: NoteRecord, tally: FileTally): void {
    if (this.note.run(rec.noteId, rec.createdAt, rec.updatedAt, rec.text).changes === 0) tally.duplicates++;
    else tally.records++;
  }

  /** Writes the rows still waiting (before the read's transaction commits). */
  flush(): void {
    for (const rows of [this.like, this.bookmark, this.grok, this.message]) rows.flush();
  }
}
