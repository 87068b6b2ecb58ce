import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file, folder and link below `dir` (relative path -> kind, size and content hash). */
export function snapshotTree(dir: string, skip: (rel: string) => boolean = () => false): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const rel = relative(dir, full);
      if (skip(rel)) continue;
      const st = lstatSync(full);
      if (st.isDirectory()) {
        out.set(rel, 'dir');
        walk(full);
      } else if (st.isFile()) {
        // Big case inputs (zip bombs) are compared by size and time, not read again.
        const digest =
          st.size > 16 * 1024 * 1024
            ? `${st.mtimeMs}`
            : createHash('sha256').update(readFileSync(full)).digest('hex').slice(0, 16);
        out.set(rel, `file ${st.size} ${digest}`);
      } else {
        out.set(rel, st.isSymbolicLink() ? 'link' : 'other');
      }
    }
  };
  walk(dir);
  return out;
}

/** Human-readable differences between two snapshots ("+ added", "- removed", "~ changed"). */
export function diffSnapshots(before: Map<string, string>, after: Map<string, string>): string[] {
  const diff: string[] = [];
  for (const [path, v] of after) {
    if (!before.has(path)) diff.push(`+ ${path}`);
    else if (before.get(path) !== v) diff.push(`~ ${path}`);
  }
  for (const path of before.keys()) if (!after.has(path)) diff.push(`- ${path}`);
  return diff.sort();
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
