import { STEP_IDS } from '../../../shared/checklist/types';
import { describe, expect, it } from 'vitest';
import { tailorChecklist, type ChecklistSignals, type StepId } from '../../../shared/checklist';

const base: ChecklistSignals = {
  totalItems: 1000,
  highLevelItems: 0,
  posts: 800,
  likes: 200,
  deletedPosts: 0,
  communityPosts: 0,
  grokMessages: 0,
  directMessages: 0,
  bookmarks: null,
  mediaItems: 3,
  publicPostsSinceCutoff: 120,
  accountNow: 'assumedPublic',
  euHints: [],
  inferredInterests: 0,
  advertisers: 0,
  archiveGeneratedAt: '2024-11-16T11:33:22.222Z',
};

function view(signals: Partial<ChecklistSignals>, progress = {}) {
  return tailorChecklist({ archiveId: 'a1', accountId: '42', signals: { ...base, ...signals }, progress });
}
function stepOf(v: ReturnType<typeof view>, id: StepId) {
  return v.steps.find((s) => s.step.id === id)!;
}

describe('tailorChecklist', () => {
  it('highlights the Grok steps only when Grok chats exist', () => {
    expect(stepOf(view({}), 'grokHistory').emphasis).toBe('low');
    const withGrok = view({ grokMessages: 42 });
    expect(stepOf(withGrok, 'grokHistory').emphasis).toBe('high');
    expect(stepOf(withGrok, 'grokHistory').tailoring).toEqual(['Your archive holds 42 Grok messages.']);
    expect(stepOf(withGrok, 'grokCom').emphasis).toBe('normal');
  });

  it('emphasises protecting posts for a public account and not for a protected one', () => {
    expect(stepOf(view({ accountNow: 'public' }), 'protectPosts').emphasis).toBe('high');
    const assumed = stepOf(view({}), 'protectPosts');
    expect(assumed.emphasis).toBe('high');
    expect(assumed.tailoring[0]).toContain('assumes your account is public');
    expect(stepOf(view({ accountNow: 'protected' }), 'protectPosts').emphasis).toBe('low');
  });

  it('highlights the EU step on strong hints, lists weak ones, lowers it without any', () => {
    expect(stepOf(view({}), 'euRights').emphasis).toBe('low');
    const weak = stepOf(
      view({ euHints: [{ source: 'postLanguage', value: 'Catalan: 6 posts', strength: 'weak' }] }),
      'euRights',
    );
    expect(weak.emphasis).toBe('normal');
    expect(weak.tailoring).toContain('Language of some of your posts: Catalan: 6 posts');
    const strong = stepOf(
      view({ euHints: [{ source: 'timezone', value: 'Madrid', strength: 'strong' }] }),
      'euRights',
    );
    expect(strong.emphasis).toBe('high');
    expect(strong.tailoring).toContain('Time zone set on your account: Madrid');
  });

  it('says when the archive has no bookmark file', () => {
    expect(stepOf(view({}), 'bookmarks').tailoring[0]).toContain('no bookmark file');
    expect(stepOf(view({ bookmarks: 3 }), 'bookmarks').tailoring[0]).toBe('Your archive lists 3 bookmarks.');
  });

  it('starts every step as todo and counts saved statuses', () => {
    const fresh = view({});
    expect(fresh.totals).toEqual({ todo: STEP_IDS.length, done: 0, skipped: 0, notApplicable: 0 });
    const saved = view(
      {},
      {
        grokDataSharing: { status: 'done', updatedAt: '2026-11-01T10:00:00.000Z' },
        grokCom: { status: 'notApplicable', updatedAt: '2026-11-01T10:01:00.000Z' },
      },
    );
    expect(saved.totals).toEqual({ todo: STEP_IDS.length - 2, done: 1, skipped: 0, notApplicable: 1 });
    expect(stepOf(saved, 'grokDataSharing').progress).toEqual({
      status: 'done',
      updatedAt: '2026-11-01T10:00:00.000Z',
    });
    expect(saved.caveat.title).toBe('What opting out cannot undo');
  });
});
