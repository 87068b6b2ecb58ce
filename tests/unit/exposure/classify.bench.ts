/**
 * Throughput of classifyItem on real tweet texts (read from ../shared/fixtures/real, never copied),
 * repeated to a million items. A script, not a test: `npx tsx tests/unit/exposure/classify.bench.ts [count] [--no-lang]`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyItem } from '../../../shared/exposure/classify';
import type { ClassifyContext, ClassifyInput } from '../../../shared/exposure/types';

const REAL = join(import.meta.dirname, '../../../../shared/fixtures/real');
const FILES = ['MorangTheClang__Twitter2/data/tweet.js', 'alrocar__x/data/tweets.js'];

interface RawTweet {
  full_text?: string;
  lang?: string;
  created_at?: string;
  in_reply_to_status_id_str?: string;
  entities?: { user_mentions?: Array<{ screen_name: string }>; media?: Array<{ type?: string }> };
  extended_entities?: { media?: Array<{ type?: string }> };
}

/** `--no-lang`: drop X's language tags, as for likes, DMs and bookmarks, so every text is detected. */
const withoutLang = process.argv.includes('--no-lang');

function loadTweets(): ClassifyInput[] {
  const inputs: ClassifyInput[] = [];
  for (const file of FILES) {
    const source = readFileSync(join(REAL, file), 'utf8');
    const json = source.slice(source.indexOf('['));
    for (const element of JSON.parse(json) as Array<{ tweet: RawTweet }>) {
      const t = element.tweet;
      const media = t.extended_entities?.media ?? t.entities?.media ?? [];
      inputs.push({
        kind: 'post',
        postTypes: [t.in_reply_to_status_id_str ? 'reply' : 'original'],
        createdAt: new Date(t.created_at ?? 0).toISOString(),
        deletedAt: null,
        text: t.full_text ?? null,
        media: media.map((m) => ({ type: m.type === 'video' ? 'video' : 'photo' })),
        geo: null,
        mentions: (t.entities?.user_mentions ?? []).map((m) => m.screen_name),
        inReplyToStatusId: t.in_reply_to_status_id_str ?? null,
        lang: withoutLang ? null : (t.lang ?? null),
      });
    }
  }
  return inputs;
}

const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const tweets = loadTweets();
const ctx: ClassifyContext = {
  protectedRanges: [{ from: '2021-02-02T07:40:29.000Z', to: '2021-02-06T21:17:09.000Z' }],
  hasProtectedHistory: true,
  asOf: '2026-07-01T00:00:00.000Z',
};

for (let i = 0; i < Math.min(count, 20_000); i++) classifyItem(tweets[i % tweets.length]!, ctx); // warm-up

const flagged = new Map<string, number>();
const start = process.hrtime.bigint();
for (let i = 0; i < count; i++) {
  const c = classifyItem(tweets[i % tweets.length]!, ctx);
  if (i < tweets.length) for (const f of c.flags) flagged.set(f, (flagged.get(f) ?? 0) + 1);
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;

console.log(`${tweets.length} distinct real tweets, ${count.toLocaleString('en')} classifications`);
console.log(`${seconds.toFixed(2)} s total, ${((seconds / count) * 1e6).toFixed(2)} µs per item`);
console.log(`flags over the distinct tweets: ${JSON.stringify(Object.fromEntries(flagged))}`);
