/**
 * Makes a "newer archive" of the same account from an archive (zip or folder), with known differences:
 * every `dropEvery`-th record of each content file (DMs: message) is left out (as if deleted on X), and a copy of every
 * `cloneEvery`-th post, like and relation is added under a new id (as if new). The generation date moves
 * on, so it imports as a different archive. Streams record by record (the engine's own splitter), so a
 * 1,000,000-item archive needs no more memory than one record. Media files are not copied.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openArchiveSource } from '../../electron/engine/archive/open-source';
import type { ArchiveSource } from '../../electron/engine/archive/source';
import { readJsArrayStream } from '../../electron/engine/parse/js-array-stream';
import { DEFAULT_LIMITS } from '../../electron/engine/parse/limits';
import type { CountKey } from '../../shared/model/compare';

export interface NewerArchiveOptions {
  dropEvery: number;
  cloneEvery: number;
  generationDate: string;
}

/** What was left out and added, per count key: the comparison must find exactly these. */
export interface NewerArchiveChanges {
  dropped: Partial<Record<CountKey, number>>;
  cloned: Partial<Record<CountKey, number>>;
}

type Json = Record<string, unknown>;

interface FileRule {
  /** The wrapper key of each record (`{"tweet": {...}}`). */
  wrapper: string;
  /** Count keys one record adds to. */
  keys(inner: Json): CountKey[];
  /** Field holding the id to change in a clone; null: never cloned. */
  idFields: string[] | null;
}

const QUOTE_URL = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/[A-Za-z0-9_]+\/status\/\d+/;

function postKeys(t: Json): CountKey[] {
  const keys: CountKey[] = ['posts'];
  const repost = typeof t['full_text'] === 'string' && t['full_text'].startsWith('RT @');
  if (repost) return [...keys, 'reposts'];
  if (t['in_reply_to_status_id_str']) keys.push('replies');
  const urls = ((t['entities'] as Json | undefined)?.['urls'] as Json[] | undefined) ?? [];
  if (urls.some((u) => QUOTE_URL.test(String(u['expanded_url'] ?? '')))) keys.push('quotes');
  return keys;
}

const RULES: Record<string, FileRule> = {
  tweets: { wrapper: 'tweet', keys: postKeys, idFields: ['id', 'id_str'] },
  tweet: { wrapper: 'tweet', keys: postKeys, idFields: ['id', 'id_str'] },
  'deleted-tweets': { wrapper: 'tweet', keys: () => ['deletedPosts'], idFields: null },
  'community-tweet': { wrapper: 'tweet', keys: () => ['communityPosts'], idFields: null },
  like: { wrapper: 'like', keys: () => ['likes'], idFields: ['tweetId'] },
  follower: { wrapper: 'follower', keys: () => ['followers'], idFields: ['accountId'] },
  following: { wrapper: 'following', keys: () => ['following'], idFields: ['accountId'] },
  block: { wrapper: 'blocking', keys: () => ['blocks'], idFields: null },
  mute: { wrapper: 'muting', keys: () => ['mutes'], idFields: null },
  'grok-chat-item': { wrapper: 'grokChatItem', keys: () => ['grokMessages'], idFields: null },
  'direct-messages': { wrapper: 'dmConversation', keys: () => ['directMessages'], idFields: null },
  'direct-messages-group': { wrapper: 'dmConversation', keys: () => ['directMessages'], idFields: null },
};

function ruleOf(path: string): FileRule | null {
  const m = /^(?:.*\/)?data\/([a-z-]+?)(?:-part\d+)?\.js$/.exec(path);
  return m ? (RULES[m[1]!] ?? null) : null;
}

/** DM conversations stay; every `dropEvery`-th message in them goes. Returns how many went. */
function dropMessages(inner: Json, dropEvery: number, counter: { n: number }): number {
  const messages = (inner['messages'] as Json[] | undefined) ?? [];
  const kept = messages.filter((m) => !(m['messageCreate'] && counter.n++ % dropEvery === dropEvery - 1));
  inner['messages'] = kept;
  return messages.length - kept.length;
}

async function readAll(source: ArchiveSource, path: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of await source.open(path)) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

async function prefixOf(source: ArchiveSource, path: string): Promise<string> {
  const stream = await source.open(path);
  let head = '';
  for await (const chunk of stream) {
    head += (chunk as Buffer).toString('utf8');
    if (head.includes('=') || head.length > 4096) break;
  }
  stream.destroy();
  return head.slice(0, head.indexOf('=') + 1);
}

export async function writeNewerArchive(
  src: string,
  outDir: string,
  opts: NewerArchiveOptions,
): Promise<NewerArchiveChanges> {
  const source = await openArchiveSource(src);
  const changes: NewerArchiveChanges = { dropped: {}, cloned: {} };
  const tally = (into: Partial<Record<CountKey, number>>, keys: CountKey[], n: number) => {
    for (const k of keys) into[k] = (into[k] ?? 0) + n;
  };
  const seen = new Map<FileRule, number>();
  const messages = { n: 0 };
  try {
    const paths = [...source.entries.keys()]
      .filter((p) => !p.includes('_media/') && !p.startsWith('__MACOSX/'))
      .sort();
    for (const path of paths) {
      const out = join(outDir, path);
      mkdirSync(dirname(out), { recursive: true });
      const rule = ruleOf(path);
      if (!rule) {
        let bytes = await readAll(source, path);
        if (path.endsWith('data/manifest.js')) {
          bytes = Buffer.from(
            bytes.toString('utf8').replace(/("generationDate"\s*:\s*")[^"]*"/, `$1${opts.generationDate}"`),
          );
        }
        const fd = openSync(out, 'w');
        writeSync(fd, bytes);
        closeSync(fd);
        continue;
      }
      const fd = openSync(out, 'w');
      writeSync(fd, `${await prefixOf(source, path)} [`);
      let written = 0;
      const emit = (value: unknown) =>
        writeSync(fd, `${written++ === 0 ? '\n' : ',\n'}${JSON.stringify(value)}`);
      await readJsArrayStream(await source.open(path), {
        limits: DEFAULT_LIMITS,
        onElement: (el) => {
          const index = seen.get(rule) ?? 0;
          seen.set(rule, index + 1);
          const inner = (el as Json)[rule.wrapper] as Json;
          if (rule.wrapper === 'dmConversation') {
            tally(changes.dropped, rule.keys(inner), dropMessages(inner, opts.dropEvery, messages));
          } else if (index % opts.dropEvery === opts.dropEvery - 1) {
            tally(changes.dropped, rule.keys(inner), 1);
            return;
          }
          emit(el);
          if (rule.idFields && index % opts.cloneEvery === 0) {
            const clone: Json = { ...inner };
            for (const f of rule.idFields) clone[f] = String(BigInt(String(inner[rule.idFields[0]!])) + 1n);
            // A copy must not pose as another version of an edited post.
            delete clone['edit_info'];
            emit({ [rule.wrapper]: clone });
            tally(changes.cloned, rule.keys(clone), 1);
          }
        },
      });
      writeSync(fd, '\n]');
      closeSync(fd);
    }
  } finally {
    await source.close();
  }
  return changes;
}
