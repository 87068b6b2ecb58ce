import type { ArchiveFormat } from '../../../shared/model/summary';
import type { ArchiveSource } from './source';
import { readEntryFully } from './source';
import { isJunkPath, type ArchiveRoot } from './locate-root';
import { readManifest, type Manifest } from './manifest';
import { HANDLER_BY_TYPE, handlerRank, partNumber, typeFromFileName, type HandlerId } from './data-types';
import { parseAssignment } from '../parse/prefix';
import { asObject, asString } from '../parse/text';
import { parseArchiveDate } from '../parse/dates';

export interface PlannedFile {
  /** Entry path inside the source (root prefix included). */
  path: string;
  /** Path relative to the archive root, as reported to the user. */
  displayPath: string;
  /** Data type: the manifest key (`tweets`, `like`, ...), `tweetsCsv` for classic CSV. */
  type: string;
  /** null = known to exist but not analysed: its records are counted only. */
  handler: HandlerId | null;
  expectedCount: number | null;
  present: boolean;
  size: number;
  part: number;
}

/** Facts about the archive read before the data files (manifest, classic index files). */
export interface ArchiveMeta {
  accountId: string | null;
  username: string | null;
  displayName: string | null;
  generatedAt: string | null;
}

export interface ArchivePlan {
  root: ArchiveRoot;
  format: ArchiveFormat;
  files: PlannedFile[];
  manifest: Manifest | null;
  meta: ArchiveMeta;
  /** Media folders (root-relative) per item family, tried in order. */
  mediaDirs: Record<'posts' | 'communityPosts' | 'deletedPosts' | 'directMessages' | 'profile', string[]>;
  warnings: string[];
}

const SMALL_FILE_LIMIT = 16 * 1024 * 1024;

async function readSmallAssignment(source: ArchiveSource, path: string): Promise<unknown> {
  return parseAssignment(await readEntryFully(source, path, SMALL_FILE_LIMIT)).value;
}

function directJsFiles(source: ArchiveSource, dir: string): string[] {
  const out: string[] = [];
  for (const path of source.entries.keys()) {
    if (!path.startsWith(dir) || !path.endsWith('.js') || isJunkPath(path)) continue;
    if (path.indexOf('/', dir.length) !== -1) continue;
    out.push(path);
  }
  return out;
}

function plannedFile(
  source: ArchiveSource,
  root: ArchiveRoot,
  displayPath: string,
  type: string,
  expectedCount: number | null,
  globalName: string | null,
  handler: HandlerId | null = HANDLER_BY_TYPE[type] ?? null,
): PlannedFile {
  const path = root.prefix + displayPath;
  const entry = source.entries.get(path);
  return {
    path,
    displayPath,
    type,
    handler,
    expectedCount,
    present: entry !== undefined,
    size: entry?.size ?? 0,
    part: partNumber(displayPath, globalName),
  };
}

function sortPlan(files: PlannedFile[]): PlannedFile[] {
  return files.sort(
    (a, b) =>
      handlerRank(a.handler) - handlerRank(b.handler) ||
      a.type.localeCompare(b.type) ||
      a.part - b.part ||
      a.displayPath.localeCompare(b.displayPath),
  );
}

function mediaDirsFor(manifest: Manifest | null, prefix: string) {
  const fromManifest = (...keys: string[]) =>
    keys.map((k) => manifest?.dataTypes.get(k)?.mediaDirectory).filter((d): d is string => !!d);
  const dirs = (keys: string[], defaults: string[]) =>
    [...new Set([...fromManifest(...keys), ...defaults])].map((d) => prefix + d.replace(/\/?$/, '/'));
  return {
    // Circle posts (2022-11..2023-02 archives) are posts too, with their media in a folder of their own.
    posts: dirs(
      ['tweets', 'tweetsMedia', 'tweet', 'tweetMedia', 'twitterCircleTweet', 'twitterCircleTweetMedia'],
      ['data/tweets_media', 'data/tweet_media', 'tweet_media', 'data/twitter_circle_tweet_media'],
    ),
    communityPosts: dirs(['communityTweet', 'communityTweetMedia'], ['data/community_tweet_media']),
    deletedPosts: dirs(['deletedTweets', 'deletedTweetsMedia'], ['data/deleted_tweets_media']),
    directMessages: dirs(
      ['directMessages', 'directMessagesMedia', 'directMessagesGroup', 'directMessagesGroupMedia'],
      ['data/direct_messages_media', 'data/direct_messages_group_media', 'direct_message_media'],
    ),
    profile: dirs(['profile', 'profileMedia'], ['data/profile_media', 'profile_media']),
  };
}

/** Modern (manifest-driven, with a glob fallback) and 2019 (root-level files) layouts. */
async function planYtd(source: ArchiveSource, root: ArchiveRoot): Promise<ArchivePlan> {
  const warnings: string[] = [];
  const dataDir = root.format === '2019' ? root.prefix : root.prefix + 'data/';
  const manifestPath = dataDir + 'manifest.js';
  let manifest: Manifest | null = null;
  if (source.entries.has(manifestPath)) {
    try {
      manifest = readManifest(await readSmallAssignment(source, manifestPath));
      if (!manifest)
        warnings.push(
          'data/manifest.js does not look like an X manifest; the data folder was scanned instead',
        );
    } catch (err) {
      warnings.push(
        `data/manifest.js could not be read (${(err as Error).message}); the data folder was scanned instead`,
      );
    }
  } else if (root.format === 'modern') {
    warnings.push('the archive has no data/manifest.js; the data folder was scanned instead');
  }
  const files: PlannedFile[] = [];
  const planned = new Set<string>();
  if (manifest) {
    for (const [type, dt] of manifest.dataTypes) {
      for (const f of dt.files) {
        const displayPath = f.fileName.replace(/^\.?\//, '');
        if (planned.has(displayPath)) continue;
        planned.add(displayPath);
        files.push(plannedFile(source, root, displayPath, type, f.count, f.globalName));
      }
    }
  }
  const unlisted: string[] = [];
  for (const path of directJsFiles(source, dataDir)) {
    const displayPath = path.slice(root.prefix.length);
    if (path === manifestPath || planned.has(displayPath)) continue;
    planned.add(displayPath);
    if (manifest) unlisted.push(displayPath);
    files.push(plannedFile(source, root, displayPath, typeFromFileName(displayPath), null, null));
  }
  if (unlisted.length > 0) {
    warnings.push(
      `${unlisted.length} data file(s) not listed in the manifest were read too: ${unlisted.slice(0, 5).join(', ')}`,
    );
  }
  return {
    root,
    format: root.format,
    files: sortPlan(files),
    manifest,
    meta: {
      accountId: manifest?.accountId ?? null,
      username: manifest?.userName ?? null,
      displayName: manifest?.displayName ?? null,
      generatedAt: parseArchiveDate(manifest?.generationDate),
    },
    mediaDirs: mediaDirsFor(manifest, root.prefix),
    warnings,
  };
}

/** Classic "Grailbird" archive: tweet_index.js lists the monthly files; tweets.csv has them all. */
async function planClassic(source: ArchiveSource, root: ArchiveRoot): Promise<ArchivePlan> {
  const warnings: string[] = [];
  const files: PlannedFile[] = [];
  const planned = new Set<string>();
  const p = root.prefix;
  const readObject = async (rel: string): Promise<Record<string, unknown> | null> => {
    if (!source.entries.has(p + rel)) return null;
    try {
      return asObject(await readSmallAssignment(source, p + rel));
    } catch (err) {
      warnings.push(`${rel} could not be read (${(err as Error).message})`);
      return null;
    }
  };
  if (source.entries.has(p + 'data/js/tweet_index.js')) {
    try {
      const index = await readSmallAssignment(source, p + 'data/js/tweet_index.js');
      for (const row of Array.isArray(index) ? index : []) {
        const r = asObject(row);
        const fileName = asString(r?.file_name);
        if (!fileName || planned.has(fileName)) continue;
        planned.add(fileName);
        const count = typeof r?.tweet_count === 'number' ? r.tweet_count : null;
        files.push(plannedFile(source, root, fileName, 'tweets', count, null, 'classicTweets'));
      }
    } catch (err) {
      warnings.push(
        `data/js/tweet_index.js could not be read (${(err as Error).message}); the monthly files were scanned instead`,
      );
    }
  }
  for (const path of directJsFiles(source, p + 'data/js/tweets/')) {
    const rel = path.slice(p.length);
    if (planned.has(rel)) continue;
    planned.add(rel);
    files.push(plannedFile(source, root, rel, 'tweets', null, null, 'classicTweets'));
  }
  if (source.entries.has(p + 'tweets.csv')) {
    files.push(plannedFile(source, root, 'tweets.csv', 'tweetsCsv', null, null, 'classicCsv'));
  }
  const user = await readObject('data/js/user_details.js');
  const payload = await readObject('data/js/payload_details.js');
  return {
    root,
    format: 'classic',
    files: sortPlan(files),
    manifest: null,
    meta: {
      accountId: asString(user?.id),
      username: asString(user?.screen_name),
      displayName: asString(user?.full_name),
      generatedAt: parseArchiveDate(payload?.created_at),
    },
    mediaDirs: mediaDirsFor(null, p),
    warnings,
  };
}

export function planArchive(source: ArchiveSource, root: ArchiveRoot): Promise<ArchivePlan> {
  return root.format === 'classic' ? planClassic(source, root) : planYtd(source, root);
}
