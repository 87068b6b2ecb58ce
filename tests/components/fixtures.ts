/** Hand-made model objects for component tests. */
import type { Channel, Flag } from '../../shared/model/kinds';
import type { ItemDetail, ItemRow } from '../../shared/model/items';
import type { Overview, VisibilitySettings } from '../../shared/model/overview';
import type { ArchiveSummary, LibraryEntry } from '../../shared/model/summary';
import type { OwnWords } from '../../shared/exposure/detectors/own-words';
import type { OwnWordsState } from '../../shared/model/own-words';

export const ARCHIVE_ID = 'arch-1';

export function makeSummary(patch: Partial<ArchiveSummary> = {}): ArchiveSummary {
  return {
    archiveId: ARCHIVE_ID,
    account: { accountId: '42', username: 'ada', displayName: 'Ada Lovelace' },
    generatedAt: '2026-07-25T10:00:00.000Z',
    format: 'modern',
    counts: {
      posts: 1234,
      reposts: 200,
      replies: 300,
      quotes: 40,
      likes: 5678,
      longPosts: 3,
      communityPosts: 2,
      deletedPosts: 7,
      grokMessages: 12,
      directMessages: 89,
      followers: 150,
      following: 310,
      blocks: 4,
      mutes: 2,
      bookmarks: null,
    },
    files: [
      { path: 'data/tweets.js', type: 'tweets', records: 1234, status: 'imported' },
      { path: 'data/like.js', type: 'like', records: 5678, status: 'imported' },
      { path: 'data/bookmark.js', type: 'bookmark', records: 0, status: 'empty' },
      { path: 'data/tweets-part1.js', type: 'tweets', records: 0, status: 'missing' },
      { path: 'data/spaces-metadata.js', type: 'spacesMetadata', records: 3, status: 'unknown' },
      {
        path: 'data/direct-messages.js',
        type: 'directMessages',
        records: 0,
        status: 'error',
        message: 'The file ends in the middle of a record.',
      },
    ],
    warnings: [],
    partial: true,
    importedAt: '2026-08-01T09:00:00.000Z',
    sourcePath: '/home/me/twitter-2026-07-25-abc.zip',
    exposure: {
      channels: { thirdParty: 7022, grokTraining: 1100, openWeb: 1000 },
      visibility: { public: 900, protected: 100, assumedPublic: 234, circle: 0 },
      levels: { high: 57, medium: 800, low: 6165 },
      flags: {
        contact: 3,
        location: 10,
        media: 120,
        health: 5,
        religion: 1,
        politics: 30,
        sexuality: 0,
        ethnicity: 0,
        union: 0,
        finance: 1,
        emotional: 80,
        family: 9,
        otherPeople: 400,
      },
    },
    ...patch,
  };
}

export function makeLibraryEntry(patch: Partial<LibraryEntry> = {}): LibraryEntry {
  const s = makeSummary();
  return {
    archiveId: s.archiveId,
    account: s.account,
    generatedAt: s.generatedAt,
    importedAt: s.importedAt,
    format: s.format,
    sourcePath: s.sourcePath,
    counts: s.counts,
    partial: false,
    ...patch,
  };
}

export function makeRow(patch: Partial<ItemRow> = {}): ItemRow {
  return {
    id: 1,
    kind: 'post',
    postTypes: ['original'],
    createdAt: '2024-06-01T12:00:00.000Z',
    snippet: 'Hello world',
    channels: ['thirdParty', 'grokTraining', 'openWeb'],
    flags: [],
    level: 'low',
    visibility: 'public',
    ...patch,
  };
}

const verdict = (inScope: boolean, text: string, certainty: 'certain' | 'uncertain' = 'certain') => ({
  inScope,
  reasons: [{ text, certainty, factId: 'thirdPartyClause' }],
});

export function makeDetail(patch: Partial<ItemDetail> = {}): ItemDetail {
  const row = makeRow(patch);
  const channelReasons: Record<
    Channel,
    { inScope: boolean; reasons: ItemDetail['channelReasons'][Channel]['reasons'] }
  > = {
    thirdParty: verdict(true, 'Covered by the third-party collaborators clause since 2024-11-15.'),
    grokTraining: verdict(true, 'Public post after 2024-05-07.'),
    openWeb: verdict(true, 'Still public on your profile.'),
  };
  return {
    ...row,
    text: row.snippet,
    sourceId: '1790000000000000001',
    url: 'https://x.com/ada/status/1790000000000000001',
    author: 'ada',
    deletedAt: null,
    publicSinceCutoff: true,
    channelReasons,
    flagEvidence: [],
    levelReason: 'Low: nothing sensitive was found.',
    media: [],
    extra: {},
    ...patch,
  };
}

export function makeOverview(patch: Partial<Overview> = {}): Overview {
  return {
    summary: makeSummary(),
    timeline: [
      { month: '2023-01', counts: { post: 10, like: 0 } },
      { month: '2024-06', counts: { post: 40, deletedPost: 2 } },
      { month: '2025-02', counts: { post: 25, grokMessage: 12 } },
    ],
    topSensitive: [
      makeRow({
        id: 11,
        snippet: 'Call me on +44 20 7946 0958',
        flags: ['contact'] as Flag[],
        level: 'high',
      }),
    ],
    missing: [
      { what: 'Bookmarks', meaning: 'The archive has no bookmarks, yet X holds them and they are in scope.' },
      { what: 'When you liked a post', meaning: 'Likes have no date, so they are not on the timeline.' },
    ],
    undated: { like: 5678 },
    ownWordsPending: false,
    ...patch,
  };
}

export function makeVisibility(patch: Partial<VisibilitySettings> = {}): VisibilitySettings {
  return {
    fromArchive: [{ from: '2025-03-01T00:00:00.000Z', to: '2025-04-01T00:00:00.000Z' }],
    userRanges: null,
    hasHistory: true,
    ...patch,
  };
}

/** The account's own words (none by default) and its one archive, checked with them. */
export function makeOwnWordsState(
  archiveId = 'arch-1',
  words: OwnWords = {},
  patch: Partial<OwnWordsState> = {},
): OwnWordsState {
  return {
    words,
    archives: [{ archiveId, generatedAt: '2026-07-25T12:21:58.798Z', upToDate: true }],
    ...patch,
  };
}
