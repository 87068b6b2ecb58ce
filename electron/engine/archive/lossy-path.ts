import { readdirSync, statSync } from 'node:fs';
import { parse, sep } from 'node:path';

/**
 * True when `path` names something that exists under a name that is not valid UTF-8: the program
 * receives such a name with U+FFFD in place of the bad bytes, and the file system knows no file by
 * that name. Each folder along the path is searched for a name that reads the same once decoded.
 */
export function existsUnderLossyName(path: string): boolean {
  if (!path.includes('\uFFFD')) return false;
  const { root } = parse(path);
  let at: Buffer = Buffer.from(root);
  for (const part of path
    .slice(root.length)
    .split(sep)
    .filter((p) => p !== '')) {
    let next: Buffer | undefined;
    try {
      next = part.includes('\uFFFD')
        ? readdirSync(at, { encoding: 'buffer' }).find((name) => name.toString('utf8') === part)
        : Buffer.from(part);
    } catch {
      return false;
    }
    if (!next) return false;
    at = Buffer.concat([
      at,
      at.length > 0 && !at.toString().endsWith(sep) ? Buffer.from(sep) : Buffer.alloc(0),
      next,
    ]);
  }
  try {
    statSync(at);
    return true;
  } catch {
    return false;
  }
}
