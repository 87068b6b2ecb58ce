import { join } from 'node:path';
import { isValidPhoneNumber } from 'libphonenumber-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive, type GeneratedArchive } from '../../fixtures/generator/index';
import {
  HEALTH_PHRASES,
  POLITICS_PHRASES,
  RELIGION_PHRASES,
  isIbanValid,
  isLuhnValid,
} from '../../fixtures/generator/text/sensitive';
import { readArray, tempDir, unwrap, type Json } from './read-archive';

describe('sensitive content at known rates', () => {
  const tmp = tempDir('sensitive');
  const root = join(tmp.dir, 'archive');
  let archive: GeneratedArchive;
  const texts = new Map<string, string>();

  beforeAll(async () => {
    archive = await generateArchive({ out: root, items: 8000, seed: 13, rates: { sensitive: 0.1 } });
    const unescape = (s: string): string =>
      s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const add = (
      kind: string,
      type: string,
      key: string,
      id: (e: Json) => string,
      text: (e: Json) => string | undefined,
    ) => {
      for (const f of archive.files.filter((f) => f.dataType === type)) {
        for (const e of readArray(root, f.path).map((x) => unwrap(x, key) as Json)) {
          const t = text(e);
          if (t !== undefined) texts.set(`${kind}:${id(e)}`, unescape(t));
        }
      }
    };
    add(
      'post',
      'tweets',
      'tweet',
      (t) => t.id_str,
      (t) => t.full_text,
    );
    add(
      'deletedPost',
      'deletedTweets',
      'tweet',
      (t) => t.id_str,
      (t) => t.full_text,
    );
    add(
      'communityPost',
      'communityTweet',
      'tweet',
      (t) => t.id_str,
      (t) => t.full_text,
    );
    add(
      'like',
      'like',
      'like',
      (l) => l.tweetId,
      (l) => l.fullText,
    );
    add(
      'grokMessage',
      'grokChatItem',
      'grokChatItem',
      (g) => `${g.chatId}@${g.createdAt}`,
      (g) => g.message,
    );
    for (const type of ['directMessages', 'directMessagesGroup']) {
      for (const f of archive.files.filter((f) => f.dataType === type)) {
        for (const c of readArray(root, f.path)) {
          for (const m of (c.dmConversation as Json).messages) {
            if (m.messageCreate) texts.set(`directMessage:${m.messageCreate.id}`, m.messageCreate.text);
          }
        }
      }
    }
  });
  afterAll(() => tmp.cleanup());

  const textsOf = (category: keyof GeneratedArchive['sensitive']): string[] =>
    archive.sensitive[category].map(
      (ref) => texts.get(`${ref.kind}:${ref.id}`) ?? `missing ${ref.kind}:${ref.id}`,
    );

  it('points every reference at an item whose text holds that content', () => {
    for (const t of textsOf('email')) expect(t).toMatch(/[\w.]+@(mail\.)?example\.(com|org|net)/);
    for (const t of textsOf('phone')) {
      const phone = /call me on (\+[\d ]+\d)/i.exec(t)?.[1];
      expect(phone, t).toBeDefined();
      expect(isValidPhoneNumber(phone!), phone).toBe(true);
    }
    for (const t of textsOf('card')) {
      const card = /new card is ([\d ]+\d)/i.exec(t)![1]!.replace(/ /g, '');
      expect(card).toHaveLength(16);
      expect(isLuhnValid(card), card).toBe(true);
    }
    for (const t of textsOf('iban'))
      expect(isIbanValid(/rent goes to (DE[\d ]+\d)/i.exec(t)![1]!), t).toBe(true);
    const has = (phrases: string[]) => (t: string) =>
      phrases.some((p) => t.toLowerCase().includes(p.toLowerCase()));
    expect(textsOf('health').every(has(HEALTH_PHRASES))).toBe(true);
    expect(textsOf('politics').every(has(POLITICS_PHRASES))).toBe(true);
    expect(textsOf('religion').every(has(RELIGION_PHRASES))).toBe(true);
    for (const t of textsOf('mention')) expect(t).toMatch(/@\w+/);
  });

  it('injects nothing where it says nothing', () => {
    const flagged = new Set(
      (['email', 'phone', 'card', 'iban', 'health', 'politics', 'religion'] as const).flatMap((c) =>
        archive.sensitive[c].map((r) => `${r.kind}:${r.id}`),
      ),
    );
    for (const [key, text] of texts) {
      if (flagged.has(key)) continue;
      expect(text, key).not.toMatch(/@example\.|call me on|new card is|rent goes to/i);
      expect(/\d{6,}/.test(text.replace(/https:\/\/t\.co\/\w+/g, '')), key).toBe(false);
    }
  });

  it('hits the requested rate over all text items (10%, seven categories)', () => {
    const injected = (['email', 'phone', 'card', 'iban', 'health', 'politics', 'religion'] as const).map(
      (c) => archive.sensitive[c].length,
    );
    const total = injected.reduce((a, b) => a + b, 0);
    const textItems =
      archive.counts.posts +
      archive.counts.likes +
      archive.counts.directMessages +
      archive.counts.grokMessages +
      archive.counts.deletedPosts +
      archive.counts.communityPosts;
    // Agent messages never get injected content: about half of Grok items.
    expect(total / textItems).toBeGreaterThan(0.085);
    expect(total / textItems).toBeLessThan(0.11);
    for (const n of injected) expect(n).toBeGreaterThan(50);
    expect(archive.sensitive.location.length).toBeGreaterThan(0);
    expect(archive.sensitive.media.length).toBeGreaterThan(0);
  });
});
