import type { ArchiveEntry } from '../archive/source';

export type MediaFamily = 'posts' | 'communityPosts' | 'deletedPosts' | 'directMessages' | 'profile';

/**
 * Finds the archived file of a media item: X names it `<owner id>-<basename>` inside the family's
 * media folder (tweets_media/, direct_messages_media/, ...). Returns the entry path, or null.
 */
export class MediaIndex {
  constructor(
    private readonly entries: ReadonlyMap<string, ArchiveEntry>,
    private readonly dirs: Record<MediaFamily, string[]>,
  ) {}

  find(family: MediaFamily, ownerId: string, fileName: string | null): string | null {
    if (!fileName) return null;
    for (const dir of this.dirs[family]) {
      const path = `${dir}${ownerId}-${fileName}`;
      const entry = this.entries.get(path);
      if (entry && !entry.problem) return path;
    }
    return null;
  }
}
