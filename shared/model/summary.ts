import type { Channel, Flag, Level } from './kinds';

export type ArchiveFormat = 'modern' | '2019' | 'classic';

/** Exact keys of the import summary's `counts` (the CLI contract). */
export interface Counts {
  posts: number;
  reposts: number;
  replies: number;
  quotes: number;
  likes: number;
  longPosts: number;
  communityPosts: number;
  deletedPosts: number;
  grokMessages: number;
  directMessages: number;
  followers: number;
  following: number;
  blocks: number;
  mutes: number;
  /** null when the archive has no bookmark file and none was imported. */
  bookmarks: number | null;
}

/** Counts of an archive that holds nothing (no bookmark file either): a base to spread known counts onto. */
export function emptyCounts(): Counts {
  return {
    posts: 0,
    reposts: 0,
    replies: 0,
    quotes: 0,
    likes: 0,
    longPosts: 0,
    communityPosts: 0,
    deletedPosts: 0,
    grokMessages: 0,
    directMessages: 0,
    followers: 0,
    following: 0,
    blocks: 0,
    mutes: 0,
    bookmarks: null,
  };
}

export type FileStatus = 'imported' | 'empty' | 'missing' | 'unknown' | 'error';

export interface FileReport {
  path: string;
  type: string;
  records: number;
  status: FileStatus;
  message?: string;
}

export interface AccountInfo {
  accountId: string;
  username: string;
  displayName: string;
}

export interface ExposureSummary {
  channels: Record<Channel, number>;
  visibility: { public: number; protected: number; assumedPublic: number; circle: number };
  levels: Record<Level, number>;
  flags: Record<Flag, number>;
  /**
   * Which word lists checked the text, per language present; absent in summaries stored before it
   * was computed.
   */
  coverage?: LanguageCoverage[];
}

/** How many items of one language were checked for sensitive words, and with which lists. */
export interface LanguageCoverage {
  /**
   * The language X recorded for the posts (ISO 639-1), or null for likes, messages, Grok chats,
   * bookmarks and posts X could not tell the language of ("und"), whose language X does not record.
   */
  language: string | null;
  items: number;
  /** Whether the language has word lists of its own (for null: always, see `lists`). */
  checked: boolean;
  /** The word lists that checked them, by language code, primary first. */
  lists: string[];
}

/** The object printed by `x-exposure import --json` and `summary --json`. */
export interface ArchiveSummary {
  archiveId: string;
  account: AccountInfo;
  generatedAt: string | null;
  format: ArchiveFormat;
  counts: Counts;
  /** Per-file reports: all of them, or the first ones (problems first) when `fileCounts` is set. */
  files: FileReport[];
  /** Present when `files` was cut: every data file counted, by status. */
  fileCounts?: { total: number; byStatus: Partial<Record<FileStatus, number>> };
  warnings: string[];
  /** True when at least one data file failed and the rest was imported. */
  partial: boolean;
  importedAt: string;
  sourcePath: string;
  exposure: ExposureSummary;
}

/** One row of the library (recent archives). */
export interface LibraryEntry {
  archiveId: string;
  account: AccountInfo;
  generatedAt: string | null;
  importedAt: string;
  format: ArchiveFormat;
  sourcePath: string;
  counts: Counts;
  partial: boolean;
}
