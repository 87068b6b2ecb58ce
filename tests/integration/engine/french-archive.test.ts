/**
 * Issue 13's check on a French archive, which the real fixtures lack: a French account generated the
 * way the real one looked (most posts that touch politics only name a politician or a party, many
 * @replies, now and then a post from the French labelled corpus or about the Muslim Brotherhood,
 * Sunnis, health or money), imported through the engine. Its Overview must say the French posts were
 * checked with the French lists, and its levels must not be driven by names alone: no item is High only
 * because it names a politician, and none is Medium only because it is a reply or names someone.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine, importArchive } from '../../../electron/engine/index';
import { channelsOf, flagsOf, levelOf, postTypesOf } from '../../../electron/engine/db/bits';
import { archiveDbPath } from '../../../electron/engine/library/paths';
import { coverageLines } from '../../../shared/exposure/coverage-text';
import { SIGNAL_WEIGHTS, STRONG_SCORE, WEAK_WEIGHT } from '../../../shared/exposure/level';
import type { FlagEvidence } from '../../../shared/model/items';
import type { Channel, Flag, Level, PostType } from '../../../shared/model/kinds';
import type { Overview } from '../../../shared/model/overview';
import { generateArchive } from '../../fixtures/generator/index';
import { FRENCH_ISSUE_EXAMPLES, FRENCH_NAME_ONLY } from '../../fixtures/generator/text/french';
import { tempDir } from './helpers';

interface Item {
  kind: string;
  text: string;
  lang: string | null;
  level: Level;
  flags: Flag[];
  channels: Channel[];
  postTypes: PostType[];
  evidence: FlagEvidence[];
}

const tmp = tempDir('xexp-french-');
let overview: Overview;
let items: Item[];

const isPublic = (i: Item) => i.channels.includes('grokTraining') || i.channels.includes('openWeb');
const weakFlags = (i: Item) => new Set(i.evidence.filter((e) => e.weak).map((e) => e.flag));
/** The level table's score without the weak evidence (bare names): what the item says for certain. */
const strongScore = (i: Item) =>
  i.flags.filter((f) => !weakFlags(i).has(f)).reduce((sum, f) => sum + SIGNAL_WEIGHTS[f], 0);
const score = (i: Item) => strongScore(i) + weakFlags(i).size * WEAK_WEIGHT;
const ownPosts = () => items.filter((i) => i.kind === 'post' && !i.postTypes.includes('repost'));

beforeAll(async () => {
  const archive = await generateArchive({
    out: join(tmp.dir, 'twitter-fr.zip'),
    items: 3000,
    seed: 13,
    media: false,
    language: 'fr',
    rates: { sensitive: 0.3 },
  });
  const summary = await importArchive(archive.path, { dataDir: tmp.dir, classifyWorker: false });
  const engine = new Engine({ dataDir: tmp.dir });
  try {
    overview = engine.getOverview(summary.archiveId);
  } finally {
    engine.close();
  }
  const db = new Database(archiveDbPath(tmp.dir, summary.archiveId), { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT i.kind, i.text, coalesce(p.lang, c.lang, d.lang) AS lang, i.level, i.flags, i.channels,
                i.post_types, i.evidence
         FROM items i LEFT JOIN posts p ON p.item_id = i.id
           LEFT JOIN community_posts c ON c.item_id = i.id LEFT JOIN deleted_posts d ON d.item_id = i.id
         WHERE i.text IS NOT NULL AND i.text != ''`,
      )
      .all() as Array<{
      kind: string;
      text: string;
      lang: string | null;
      level: number;
      flags: number;
      channels: number;
      post_types: number;
      evidence: string | null;
    }>;
    items = rows.map((r) => ({
      kind: r.kind,
      text: r.text,
      lang: r.lang,
      level: levelOf(r.level),
      flags: flagsOf(r.flags),
      channels: channelsOf(r.channels),
      postTypes: postTypesOf(r.post_types),
      evidence: r.evidence ? (JSON.parse(r.evidence) as FlagEvidence[]) : [],
    }));
  } finally {
    db.close();
  }
}, 240_000);

afterAll(() => tmp.cleanup());

describe('a French archive', () => {
  it('says on its Overview that the French posts were checked, with the French lists', () => {
    const coverage = overview.summary.exposure.coverage ?? [];
    const french = items.filter((i) => i.lang === 'fr').length;
    expect(french).toBeGreaterThan(500);
    expect(coverage[0]).toEqual({ language: 'fr', items: french, checked: true, lists: ['fr', 'en'] });
    // Likes and messages, which X gives no language, are checked with French too (the account writes
    // it), and so are the posts whose language X could not tell: they are counted with them.
    const undetermined = items.filter((i) => i.lang === 'und').length;
    expect(undetermined).toBeGreaterThan(30);
    const { likes, directMessages, grokMessages, bookmarks } = overview.summary.counts;
    expect(coverage.find((c) => c.language === null)).toEqual({
      language: null,
      items: likes + directMessages + grokMessages + (bookmarks ?? 0) + undetermined,
      checked: true,
      lists: ['en', 'fr'],
    });
    expect(coverageLines(coverage)[0]).toMatch(
      /^[\d,]+ posts in French and [\d,]+ in English were checked for sensitive content with the word lists of their language/,
    );
    expect(coverageLines(coverage).join(' ')).not.toContain('not checked');
  });

  it('has no item that is High only because it names a politician or a party', () => {
    const high = items.filter((i) => i.level === 'high');
    expect(high.length).toBeGreaterThan(20);
    expect(high.filter((i) => strongScore(i) < STRONG_SCORE).map((i) => i.text)).toEqual([]);

    // The names alone: many French posts, each named as weak evidence from the French list, and at
    // most Medium unless something else it says is sensitive.
    const named = ownPosts().filter(
      (i) => i.lang === 'fr' && FRENCH_NAME_ONLY.some((n) => i.text.startsWith(n)),
    );
    expect(named.length).toBeGreaterThan(40);
    for (const item of named) {
      expect(item.evidence.find((e) => e.flag === 'politics')).toMatchObject({ weak: true, lists: ['fr'] });
      const sensitiveBesides = strongScore(item) >= STRONG_SCORE;
      if (!sensitiveBesides) expect(item.level).toBe(isPublic(item) ? 'medium' : 'low');
    }
    expect(named.filter((i) => i.level === 'high' && strongScore(i) < STRONG_SCORE)).toEqual([]);
  });

  it('has no item that is Medium only because it is a reply or names someone', () => {
    const medium = items.filter((i) => i.level === 'medium');
    expect(medium.length).toBeGreaterThan(20);
    expect(medium.filter((i) => score(i) === 0).map((i) => i.text)).toEqual([]);

    // Replies that say nothing else: many of them, all Low.
    const bareReplies = ownPosts().filter(
      (i) => i.postTypes.includes('reply') && i.flags.every((f) => f === 'otherPeople'),
    );
    expect(bareReplies.length).toBeGreaterThan(100);
    expect(bareReplies.filter((i) => i.level !== 'low')).toEqual([]);
  });

  it('flags what French posts do say: the Muslim Brotherhood, Sunnis, health, money', () => {
    for (const { text, flags } of FRENCH_ISSUE_EXAMPLES) {
      const posts = ownPosts().filter((i) => i.text.startsWith(text) && i.lang === 'fr');
      expect(posts.length, text).toBeGreaterThan(0);
      for (const post of posts) {
        const found = post.evidence.find((e) => e.flag === flags[0]);
        expect(found, text).toMatchObject({ lists: ['fr'] });
        expect(found?.weak, text).toBeUndefined();
        if (isPublic(post)) expect(post.level, text).toBe('high');
      }
    }
    const money = ownPosts().filter((i) => i.text.startsWith('Mon RIB pour la cagnotte'));
    expect(money.length).toBeGreaterThan(0);
    for (const post of money) expect(post.flags).toContain('finance');
  });
});
