import type { ArchiveFormat } from '../../../shared/model/summary';
import type { ArchiveEntry } from './source';

export interface ArchiveRoot {
  /** Path prefix of the archive root inside the source: '' or 'some-folder/'. */
  prefix: string;
  format: ArchiveFormat;
}

const MODERN_MARKERS = [
  'data/manifest.js',
  'Your archive.html',
  'data/tweets.js',
  'data/tweet.js',
  'data/account.js',
  'data/like.js',
];
const CLASSIC_MARKERS = ['data/js/tweet_index.js', 'tweets.csv'];
const ROOT_2019_MARKERS = ['tweet.js', 'tweets.js', 'account.js', 'like.js'];

/** macOS zip leftovers, never part of an archive. */
export function isJunkPath(path: string): boolean {
  return (
    path.startsWith('__MACOSX/') ||
    path.includes('/__MACOSX/') ||
    /(^|\/)\._[^/]*$/.test(path) ||
    /(^|\/)\.DS_Store$/.test(path)
  );
}

/**
 * Finds the archive root by its marker files, at the top or under one extra folder (a zip
 * re-zipped by its owner), ignoring macOS junk.
 */
export function locateRoot(paths: Iterable<string>): ArchiveRoot | null {
  const all = new Set<string>();
  const tops = new Set<string>();
  for (const p of paths) {
    if (isJunkPath(p)) continue;
    all.add(p);
    const slash = p.indexOf('/');
    if (slash > 0) tops.add(p.slice(0, slash + 1));
  }
  const prefixes = ['', ...[...tops].sort()];
  const has = (prefix: string, markers: string[]) => markers.some((m) => all.has(prefix + m));
  for (const prefix of prefixes) if (has(prefix, MODERN_MARKERS)) return { prefix, format: 'modern' };
  for (const prefix of prefixes) if (has(prefix, CLASSIC_MARKERS)) return { prefix, format: 'classic' };
  for (const prefix of prefixes) if (has(prefix, ROOT_2019_MARKERS)) return { prefix, format: '2019' };
  return null;
}

/**
 * Why no archive was found, when the reason is a `data` folder (at the top or one folder down) that
 * is a symbolic link or cannot be read: then it is not "not an X archive". Null otherwise.
 */
export function explainMissingRoot(entries: ReadonlyMap<string, ArchiveEntry>): string | null {
  for (const entry of entries.values()) {
    if (!entry.problem || !/^(?:[^/]+\/)?data$/.test(entry.path)) continue;
    if (/symbolic link/.test(entry.problem)) {
      return `its ${entry.path} folder is a symbolic link, which is not followed: put the real folder in its place and try again`;
    }
    return `its ${entry.path} folder cannot be read (${entry.problem.replace(/^.*\((.*)\)$/, '$1')}): check its permissions and try again`;
  }
  return null;
}
