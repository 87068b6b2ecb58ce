/**
 * The per-item cost of classifyItem, the exposure model's call for every item of an import: N
 * classifications per mix of texts, timed in a row after a warm-up, in µs per item.
 *
 * Mixes (each repeated to N items):
 * - real posts (the real archive fixtures, English and Spanish, read from ../shared/fixtures/real,
 *   never copied) with X's language tag; the same texts without a tag, as likes, DMs and bookmarks
 *   are, with the account's languages known; and with nothing known (every list of the script);
 * - the labelled corpus (tests/fixtures/sensitivity/: 11 languages, about one post in eight showing
 *   distress, so it pays the sentiment reading far more often than real posts do), with and without
 *   the language tag.
 *
 * `npm run bench` runs it in a child process at its --items count, so its memory and the libraries it
 * loads stay out of the import's figures. Alone: `node --import tsx scripts/bench/classify-cost.ts
 * --items N [--json]`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { classifyItem } from '../../shared/exposure/classify';
import { prepareClassifying } from '../../electron/engine/classification/prepare';
import type { ClassifyContext, ClassifyInput } from '../../shared/exposure/types';
import { inputOf, loadCorpus } from '../../tests/fixtures/sensitivity/score';
import { round } from './stats';

const REAL = fileURLToPath(new URL('../../../shared/fixtures/real', import.meta.url));
const REAL_FILES = ['MorangTheClang__Twitter2/data/tweet.js', 'alrocar__x/data/tweets.js'];
/** The real accounts' languages, as X records them for an account (personalization.js). */
const REAL_LANGUAGES = ['en', 'es'];

export interface MixCost {
  mix: string;
  /** Distinct texts in the mix. */
  texts: number;
  items: number;
  /** CPU time (user + system) per item: what the work costs, whatever else the machine runs. */
  cpuMicrosPerItem: number;
  /** Wall-clock time per item: inflated when other processes share the core. */
  microsPerItem: number;
  /** Share of the distinct texts flagged as emotional distress. */
  distressShare: number;
}

interface Mix {
  mix: string;
  inputs: ClassifyInput[];
  ctx: ClassifyContext;
}

interface RawTweet {
  full_text?: string;
  lang?: string;
  created_at?: string;
  in_reply_to_status_id_str?: string;
  entities?: { user_mentions?: Array<{ screen_name: string }>; media?: Array<{ type?: string }> };
  extended_entities?: { media?: Array<{ type?: string }> };
}

function realTweets(): ClassifyInput[] {
  const inputs: ClassifyInput[] = [];
  for (const file of REAL_FILES) {
    const path = join(REAL, file);
    if (!existsSync(path)) continue;
    const source = readFileSync(path, 'utf8');
    for (const { tweet: t } of JSON.parse(source.slice(source.indexOf('['))) as Array<{ tweet: RawTweet }>) {
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
        lang: t.lang ?? null,
      });
    }
  }
  return inputs;
}

const BASE: ClassifyContext = {
  protectedRanges: [{ from: '2021-02-02T07:40:29.000Z', to: '2021-02-06T21:17:09.000Z' }],
  hasProtectedHistory: true,
  asOf: '2026-07-01T00:00:00.000Z',
};

function mixes(): Mix[] {
  const real = realTweets();
  const untagged = real.map((t) => ({ ...t, lang: null }));
  const corpus = loadCorpus();
  const corpusTagged = corpus.flatMap((f) => f.posts.map((p) => inputOf(p.text, f.language)));
  const corpusUntagged = corpus.flatMap((f) => f.posts.map((p) => inputOf(p.text, null)));
  const all: Mix[] = [
    { mix: 'real posts, X language tag', inputs: real, ctx: BASE },
    {
      mix: 'real, untagged, account languages',
      inputs: untagged,
      ctx: { ...BASE, languages: REAL_LANGUAGES },
    },
    { mix: 'real, untagged, nothing known', inputs: untagged, ctx: BASE },
    { mix: '11 languages, X language tag', inputs: corpusTagged, ctx: BASE },
    { mix: '11 languages, untagged, nothing known', inputs: corpusUntagged, ctx: BASE },
  ];
  return all.filter((m) => m.inputs.length > 0);
}

function measure({ mix, inputs, ctx }: Mix, items: number): MixCost {
  let distress = 0;
  for (const input of inputs) if (classifyItem(input, ctx).flags.includes('emotional')) distress++;
  const n = inputs.length;
  for (let i = 0; i < Math.min(items, 20_000); i++) classifyItem(inputs[i % n]!, ctx);
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < items; i++) classifyItem(inputs[i % n]!, ctx);
  const micros = Number(process.hrtime.bigint() - start) / 1e3;
  const cpu = process.cpuUsage(cpuStart);
  return {
    mix,
    texts: n,
    items,
    cpuMicrosPerItem: round((cpu.user + cpu.system) / items, 2),
    microsPerItem: round(micros / items, 2),
    distressShare: round(distress / n, 3),
  };
}

export async function measureClassifyCost(items: number): Promise<MixCost[]> {
  await prepareClassifying();
  return mixes().map((m) => measure(m, items));
}

/** Runs the measurement in a fresh process, so that nothing it loads counts in the caller's memory. */
export function runClassifyCost(items: number): MixCost[] {
  const script = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--items', String(items), '--json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`classification cost failed: ${run.stderr.trim()}`);
  return JSON.parse(run.stdout) as MixCost[];
}

export function formatClassifyCost(costs: readonly MixCost[]): string[] {
  return costs.map(
    (c) =>
      `  ${c.mix.padEnd(40)} ${c.cpuMicrosPerItem.toFixed(2).padStart(7)} µs/item CPU, ${c.microsPerItem.toFixed(2).padStart(7)} wall  (${c.texts} texts, ${(c.distressShare * 100).toFixed(1)}% distress)`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { items: { type: 'string', default: '100000' }, json: { type: 'boolean', default: false } },
  });
  const costs = await measureClassifyCost(Number(values.items));
  process.stdout.write(
    values.json
      ? JSON.stringify(costs) + '\n'
      : [
          `classification cost at ${Number(values.items).toLocaleString('en')} items per mix`,
          ...formatClassifyCost(costs),
        ].join('\n') + '\n',
  );
}
