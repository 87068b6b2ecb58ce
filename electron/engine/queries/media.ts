import type { Database } from 'better-sqlite3';

const MIME: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
};

export function mimeOf(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return MIME[ext] ?? 'application/octet-stream';
}

/**
 * Whether the archive database references this media path (post media, DM media, profile images).
 * Only such paths may be read, so a request can never reach any other file of the archive or disk.
 */
export function isKnownMediaPath(db: Database, archivePath: string): boolean {
  const hit = db
    .prepare(
      `SELECT 1 FROM post_media WHERE archive_path = @path
       UNION ALL SELECT 1 FROM profile WHERE avatar_path = @path OR header_path = @path
       UNION ALL SELECT 1 FROM dm_messages, json_each(dm_messages.media)
         WHERE dm_messages.media IS NOT NULL AND json_extract(json_each.value, '$.archivePath') = @path
       LIMIT 1`,
    )
    .get({ path: archivePath });
  return hit !== undefined;
}
