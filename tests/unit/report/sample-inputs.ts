/** Hand-made engine answers for report tests: small, with every section populated. */
import { tailorChecklist } from '../../../shared/checklist/tailor';
import type { ItemRow } from '../../../shared/model/items';
import type { Overview, VisibilitySettings } from '../../../shared/model/overview';
import type { ArchiveSummary } from '../../../shared/model/summary';
import type { ReportInputs } from '../../../shared/report/build-model';

export function sampleSummary(): ArchiveSummary {
  return {
    archiveId: 'abcdef0123456789',
    account: { accountId: '52338276', username: 'sample', displayName: 'Sample <b>Person</b>' },
    generatedAt: '2024-11-16T11:33:22.222Z',
    format: 'modern',
    counts: {
      posts: 120,
      reposts: 30,
      replies: 40,
      quotes: 5,
      likes: 300,
      longPosts: 2,
      communityPosts: 0,
      deletedPosts: 4,
      grokMessages: 10,
      directMessages: 6,
      followers: 50,
      following: 60,
      blocks: 1,
      mutes: 2,
      bookmarks: null,
    },
    files: [],
    warnings: [],
    partial: false,
    importedAt: '2026-11-20T09:00:00.000Z',
    sourcePath: '/tmp/archive.zip',
    exposure: {
      channels: { thirdParty: 440, grokTraining: 70, openWeb: 110 },
      visibility: { public: 0, protected: 0, assumedPublic: 124 },
      levels: { high: 3, medium: 40, low: 397 },
      flags: {
        contact: 2,
        location: 1,
        media: 20,
        health: 1,
        religion: 0,
        politics: 5,
        sexuality: 0,
        ethnicity: 0,
        union: 0,
        finance: 0,
        emotional: 7,
        family: 1,
        otherPeople: 60,
      },
    },
  };
}

function row(id: number, patch: Partial<ItemRow>): ItemRow {
  return {
    id,
    kind: 'post',
    postTypes: ['original'],
    createdAt: '2024-06-01T10:00:00.000Z',
    snippet: 'Call me on +34 612 345 678 about my <script>alert(1)</script> diagnosis',
    channels: ['thirdParty', 'grokTraining', 'openWeb'],
    flags: ['contact', 'health'],
    level: 'high',
    visibility: 'assumedPublic',
    ...patch,
  };
}

export function sampleOverview(): Overview {
  return {
    summary: sampleSummary(),
    timeline: [
      { month: '2023-01', counts: { post: 10 } },
      { month: '2024-05', counts: { post: 60, grokMessage: 4 } },
      { month: '2024-11', counts: { post: 50, deletedPost: 4, grokMessage: 6, directMessage: 6 } },
    ],
    topSensitive: [
      row(1, {}),
      row(2, {
        kind: 'directMessage',
        snippet: 'secret DM text',
        channels: ['thirdParty'],
        visibility: 'private',
      }),
      row(3, { snippet: null, level: 'medium', flags: ['media'] }),
      row(4, {
        snippet: `long ${'word '.repeat(100)}`,
        level: 'medium',
        flags: ['emotional'],
        postTypes: ['reply'],
      }),
    ],
    missing: [{ what: 'Bookmarks', meaning: 'The archive has no bookmark file.' }],
    undated: { like: 300 },
  };
}

export function sampleVisibility(): VisibilitySettings {
  return { fromArchive: [], userRanges: null, hasHistory: false };
}

export function sampleInputs(): ReportInputs {
  const summary = sampleSummary();
  return {
    summary,
    overview: sampleOverview(),
    visibility: sampleVisibility(),
    checklist: tailorChecklist({
      archiveId: summary.archiveId,
      accountId: summary.account.accountId,
      signals: {
        totalItems: 440,
        highLevelItems: 3,
        posts: 120,
        likes: 300,
        deletedPosts: 4,
        communityPosts: 0,
        grokMessages: 10,
        directMessages: 6,
        bookmarks: null,
        publicPostsSinceCutoff: 60,
        accountNow: 'assumedPublic',
        euHints: [],
        inferredInterests: 0,
        advertisers: 0,
        archiveGeneratedAt: summary.generatedAt,
      },
      progress: { grokDataSharing: { status: 'done', updatedAt: '2026-11-21T08:00:00.000Z' } },
    }),
    appVersion: '0.1.0',
    generatedAt: '2026-11-22T12:00:00.000Z',
  };
}
