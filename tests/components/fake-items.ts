/** An in-memory item table that answers `items:query` and `items:detail` like the engine would. */
import type { ConversationSummary, ItemDetail, ItemPage, ItemQuery, ItemRow } from '../../shared/model/items';
import type { ItemKind } from '../../shared/model/kinds';
import { makeDetail, makeRow } from './fixtures';

export class FakeItemStore {
  readonly details = new Map<number, ItemDetail>();
  /** Direct-message conversations, and which conversation each message id belongs to. */
  conversationList: ConversationSummary[] = [];
  readonly conversationOf = new Map<number, string>();

  constructor(readonly rows: ItemRow[] = defaultRows()) {}

  query(q: ItemQuery): ItemPage {
    const rows = this.matching(q);
    // Like the engine: the counts per kind ignore the kind filter.
    const kindCounts: Partial<Record<ItemKind, number>> = {};
    for (const r of q.kinds ? this.matching({ ...q, kinds: undefined }) : rows)
      kindCounts[r.kind] = (kindCounts[r.kind] ?? 0) + 1;
    const offset = q.offset ?? 0;
    const limit = q.limit ?? 200;
    return { rows: rows.slice(offset, offset + limit), total: rows.length, offset, kindCounts, tookMs: 1 };
  }

  private matching(q: ItemQuery): ItemRow[] {
    const rows = this.rows.filter(
      (r) =>
        (!q.kinds || q.kinds.includes(r.kind)) &&
        (!q.levels || q.levels.includes(r.level)) &&
        (!q.flags || q.flags.some((f) => r.flags.includes(f))) &&
        (!q.channels || q.channels.some((c) => r.channels.includes(c))) &&
        (!q.visibilities || q.visibilities.includes(r.visibility)) &&
        (!q.conversations || q.conversations.includes(this.conversationOf.get(r.id) ?? '')),
    );
    const needle = q.text?.toLowerCase();
    if (!needle) return rows;
    return rows
      .filter((r) => r.snippet?.toLowerCase().includes(needle))
      .map((r) => {
        const at = r.snippet!.toLowerCase().indexOf(needle);
        return { ...r, matches: [[at, at + needle.length]] as Array<[number, number]> };
      });
  }

  conversations(): ConversationSummary[] {
    return this.conversationList;
  }

  /** Like the engine: null without a filter that narrows messages, else counts under the other filters. */
  conversationCounts(q: ItemQuery): Record<string, number> | null {
    const narrows = [q.levels, q.flags, q.channels, q.visibilities, q.postTypes].some((f) => f?.length);
    if (!narrows && !q.text?.trim() && !q.from && !q.to) return null;
    const counts: Record<string, number> = {};
    for (const r of this.matching({ ...q, kinds: undefined, conversations: undefined })) {
      const id = this.conversationOf.get(r.id);
      if (id) counts[id] = (counts[id] ?? 0) + 1;
    }
    return counts;
  }

  detail(id: number, revealPrivate: boolean): ItemDetail | undefined {
    const row = this.rows.find((r) => r.id === id);
    if (!row) return undefined;
    const detail = this.details.get(id) ?? makeDetail({ ...row, text: row.snippet });
    if (row.kind === 'directMessage' && !revealPrivate) return { ...detail, text: null, snippet: null };
    return detail;
  }
}

/** 450 items: mostly posts, some likes, and a direct message whose text is private. */
export function defaultRows(): ItemRow[] {
  const rows: ItemRow[] = [];
  for (let i = 1; i <= 450; i++) {
    const kind: ItemKind = i % 5 === 0 ? 'like' : 'post';
    rows.push(
      makeRow({
        id: i,
        kind,
        snippet: i === 3 ? 'My doctor says the new treatment works' : `Item number ${i}`,
        createdAt: kind === 'like' ? null : `2024-0${(i % 9) + 1}-10T08:00:00.000Z`,
        flags: i === 3 ? ['health'] : [],
        level: i === 3 ? 'high' : 'low',
        visibility: kind === 'like' ? 'private' : 'public',
        channels: kind === 'like' ? ['thirdParty'] : ['thirdParty', 'grokTraining', 'openWeb'],
      }),
    );
  }
  rows.splice(
    1,
    0,
    makeRow({
      id: 1000,
      kind: 'directMessage',
      snippet: null,
      visibility: 'private',
      channels: ['thirdParty'],
    }),
  );
  return rows;
}
