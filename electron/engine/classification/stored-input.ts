import type { Database } from 'better-sqlite3';
import type { ItemKind } from '../../../shared/model/kinds';
import type { ClassifyInput } from '../../../shared/exposure/types';
import type { MediaType } from '../ingest/records';
import { postTypesOf } from '../db/bits';

/** Everything the exposure model reads about an item, rebuilt from the stored rows. */
const INPUT_SQL = `
SELECT i.id, i.kind, i.post_types, i.created_at, i.text,
  coalesce(p.reply_to_status_id, c.reply_to_status_id, d.reply_to_status_id) AS reply_to,
  coalesce(p.mentions, c.mentions, d.mentions) AS mentions,
  coalesce(p.geo_lat, c.geo_lat, d.geo_lat) AS lat,
  coalesce(p.geo_long, c.geo_long, d.geo_long) AS long,
  coalesce(p.place_name, c.place_name, d.place_name) AS place,
  coalesce(p.lang, c.lang, d.lang) AS lang,
  p.tweet_id IN (SELECT tweet_id FROM circle_posts) AS circle,
  d.deleted_at,
  (SELECT group_concat(m.type) FROM post_media m WHERE m.item_id = i.id) AS media_types,
  json_array_length(coalesce(dm.media, g.attachments, '[]')) AS other_media,
  CASE
    WHEN i.kind = 'grokMessage' AND g.sender IS NOT NULL THEN g.sender != 'Agent'
    WHEN i.kind = 'directMessage' AND dm.sender_id IS NOT NULL AND @owner IS NOT NULL THEN dm.sender_id = @owner
  END AS authored
FROM items i
LEFT JOIN posts p ON p.item_id = i.id
LEFT JOIN community_posts c ON c.item_id = i.id
LEFT JOIN deleted_posts d ON d.item_id = i.id
LEFT JOIN dm_messages dm ON dm.item_id = i.id
LEFT JOIN grok_messages g ON g.item_id = i.id`;

export interface InputRow {
  id: number;
  kind: ItemKind;
  post_types: number;
  created_at: string | null;
  text: string | null;
  reply_to: string | null;
  mentions: string | null;
  lat: number | null;
  long: number | null;
  place: string | null;
  lang: string | null;
  deleted_at: string | null;
  media_types: string | null;
  other_media: number;
  authored: number | null;
  /** 1 for a post the archive lists as a Circle post. */
  circle: number | null;
}

export function classifyInputOfRow(r: InputRow): ClassifyInput {
  const media: Array<{ type: MediaType }> = [];
  if (r.media_types) for (const t of r.media_types.split(',')) media.push({ type: t as MediaType });
  for (let i = 0; i < r.other_media; i++) media.push({ type: 'other' });
  const geo: ClassifyInput['geo'] =
    r.lat !== null || r.place !== null
      ? {
          ...(r.lat !== null ? { lat: r.lat } : {}),
          ...(r.long !== null ? { long: r.long } : {}),
          ...(r.place !== null ? { placeName: r.place } : {}),
        }
      : null;
  const input: ClassifyInput = {
    kind: r.kind,
    postTypes: postTypesOf(r.post_types),
    createdAt: r.created_at,
    deletedAt: r.deleted_at,
    text: r.text,
    media,
    geo,
    mentions: r.mentions ? (JSON.parse(r.mentions) as string[]) : [],
    inReplyToStatusId: r.reply_to,
    lang: r.lang,
  };
  if (r.authored !== null) input.authoredBySelf = r.authored === 1;
  if (r.circle === 1) input.circle = true;
  return input;
}

/** Reads inputs in id order, `batch` items at a time after `afterId`. */
export function selectInputBatch(
  db: Database,
  owner: string | null,
  afterId: number,
  batch: number,
): InputRow[] {
  return db
    .prepare(`${INPUT_SQL} WHERE i.id > @after ORDER BY i.id LIMIT @batch`)
    .all({ owner, after: afterId, batch }) as InputRow[];
}

export function selectInputsByIds(db: Database, owner: string | null, ids: readonly number[]): InputRow[] {
  if (ids.length === 0) return [];
  return db
    .prepare(`${INPUT_SQL} WHERE i.id IN (SELECT value FROM json_each(@ids)) ORDER BY i.id`)
    .all({ owner, ids: JSON.stringify(ids) }) as InputRow[];
}
