/**
 * The labelled corpus (tests/fixtures/sensitivity/, 40 posts in each of 11 languages) against the
 * issue's targets. `npm run bench:detect -- --mistakes` shows the figures and the posts scored wrong.
 */
import { describe, expect, it } from 'vitest';
import {
  loadCorpus,
  MODES,
  precision,
  recall,
  SCORED_FLAGS,
  scoreCorpus,
} from '../../fixtures/sensitivity/score';

const corpus = loadCorpus();

describe('the labelled corpus', () => {
  it('has at least 40 posts, positives and hard negatives, in each of the 11 languages', () => {
    expect(corpus.map((f) => f.language).sort()).toEqual(
      ['ar', 'de', 'en', 'es', 'fr', 'id', 'it', 'ja', 'ko', 'pt', 'tr'].sort(),
    );
    for (const file of corpus) {
      expect(file.posts.length).toBeGreaterThanOrEqual(40);
      expect(file.posts.filter((p) => p.flags.length === 0).length).toBeGreaterThanOrEqual(10);
    }
  });

  it('has a held-out corpus of at least 24 posts, with hard negatives, in each of the 11 languages', () => {
    const heldout = loadCorpus('heldout');
    expect(heldout.map((f) => f.language).sort()).toEqual(corpus.map((f) => f.language).sort());
    for (const file of heldout) {
      expect(file.posts.length).toBeGreaterThanOrEqual(24);
      expect(file.posts.filter((p) => p.flags.length === 0).length).toBeGreaterThanOrEqual(6);
    }
  });

  it('has a blind corpus of at least 16 posts, with hard negatives, in each of the 11 languages', () => {
    const blind = loadCorpus('blind');
    expect(blind.map((f) => f.language).sort()).toEqual(corpus.map((f) => f.language).sort());
    for (const file of blind) {
      expect(file.posts.length).toBeGreaterThanOrEqual(16);
      expect(file.posts.filter((p) => p.flags.length === 0).length).toBeGreaterThanOrEqual(6);
      for (const post of file.posts) expect(SCORED_FLAGS).toEqual(expect.arrayContaining(post.flags));
    }
  });

  it.each(MODES)(
    '%s text: micro precision >= 0.85, recall >= 0.80, every language recall >= 0.70',
    (mode) => {
      const score = scoreCorpus(corpus, mode);
      expect(precision(score.total)).toBeGreaterThanOrEqual(0.85);
      expect(recall(score.total)).toBeGreaterThanOrEqual(0.8);
      for (const [language, counts] of Object.entries(score.byLanguage)) {
        expect([language, recall(counts) >= 0.7]).toEqual([language, true]);
      }
    },
  );
});
