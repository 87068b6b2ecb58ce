/** A hand-made comparison and library for the Compare view's tests. */
import type { ArchiveComparison } from '../../../shared/model/compare';
import { emptyCounts, type LibraryEntry } from '../../../shared/model/summary';
import { makeLibraryEntry, makeSummary } from '../fixtures';

export function makeComparison(olderId: string, newerId: string): ArchiveComparison {
  const older = makeSummary({ archiveId: olderId, generatedAt: '2026-03-01T10:00:00.000Z' });
  const newer = makeSummary({
    archiveId: newerId,
    generatedAt: '2026-07-25T10:00:00.000Z',
    counts: { ...older.counts, posts: 1000, likes: 5000 },
    exposure: {
      ...older.exposure,
      channels: { ...older.exposure.channels, openWeb: older.exposure.channels.openWeb - 234 },
    },
  });
  return {
    account: older.account,
    older: {
      archiveId: olderId,
      generatedAt: older.generatedAt,
      importedAt: older.importedAt,
      counts: older.counts,
      exposure: older.exposure,
    },
    newer: {
      archiveId: newerId,
      generatedAt: newer.generatedAt,
      importedAt: newer.importedAt,
      counts: newer.counts,
      exposure: newer.exposure,
    },
    removed: { ...emptyCounts(), posts: 240, likes: 700 },
    added: { ...emptyCounts(), posts: 6, likes: 22 },
    kept: { ...emptyCounts(), posts: 994, likes: 4978 },
    deletionList: {
      listed: 12,
      stillPresent: 3,
      stillInScope: 2,
      byKind: { post: 2 },
      gone: 9,
      sample: [
        {
          itemId: 7,
          kind: 'post',
          sourceId: '1790',
          createdAt: '2024-06-01T10:00:00.000Z',
          snippet: 'Still <i>here</i> after all',
          channels: ['thirdParty', 'openWeb'],
        },
        {
          itemId: 8,
          kind: 'post',
          sourceId: '1791',
          createdAt: '2024-05-01T10:00:00.000Z',
          snippet: 'Another one',
          channels: ['thirdParty'],
        },
      ],
    },
    removedItems: {
      total: 940,
      sample: [
        {
          id: 41,
          kind: 'post',
          postTypes: ['original'],
          createdAt: '2026-02-20T10:00:00.000Z',
          snippet: 'Gone <b>for good</b>',
          channels: ['thirdParty'],
          flags: [],
          level: 'low',
          visibility: 'public',
        },
        {
          id: 42,
          kind: 'directMessage',
          postTypes: [],
          createdAt: '2026-02-19T10:00:00.000Z',
          snippet: null,
          channels: ['thirdParty'],
          flags: [],
          level: 'medium',
          visibility: 'private',
        },
      ],
    },
    warnings: [],
    tookMs: 12,
  };
}

/** Three archives of @ada (the selected one, arch-1, the newest) and one of someone else. */
export function makeLibrary(): LibraryEntry[] {
  return [
    makeLibraryEntry(),
    makeLibraryEntry({ archiveId: 'arch-0', generatedAt: '2026-03-01T10:00:00.000Z' }),
    makeLibraryEntry({ archiveId: 'arch-old', generatedAt: '2025-11-01T10:00:00.000Z' }),
    makeLibraryEntry({
      archiveId: 'arch-x',
      account: { accountId: '99', username: 'someone', displayName: 'Someone' },
      generatedAt: '2026-05-01T10:00:00.000Z',
    }),
  ];
}
