import type { ArchiveSummary, Counts } from '../../shared/model/summary';

const COUNT_LABELS: Record<keyof Counts, string> = {
  posts: 'Posts',
  reposts: '  reposts',
  replies: '  replies',
  quotes: '  quotes',
  longPosts: '  long posts',
  likes: 'Likes',
  communityPosts: 'Community posts',
  deletedPosts: 'Deleted posts',
  grokMessages: 'Grok messages',
  directMessages: 'Direct messages',
  bookmarks: 'Bookmarks',
  followers: 'Followers',
  following: 'Following',
  blocks: 'Blocked accounts',
  mutes: 'Muted accounts',
};

/** The summary as plain text lines for a person at a terminal (print them with writeLines). */
export function summaryLines(s: ArchiveSummary): string[] {
  const lines: string[] = [];
  const who = s.account.username ? `@${s.account.username}` : '(unknown account)';
  lines.push(`Archive ${s.archiveId}: ${who}${s.account.displayName ? ` (${s.account.displayName})` : ''}`);
  lines.push(`Format ${s.format}, generated ${s.generatedAt ?? 'unknown'}, imported ${s.importedAt}`);
  lines.push(`Source ${s.sourcePath}`);
  lines.push('');
  for (const [key, label] of Object.entries(COUNT_LABELS) as Array<[keyof Counts, string]>) {
    const v = s.counts[key];
    lines.push(`${label.padEnd(18)} ${v === null ? 'not in the archive' : v}`);
  }
  const e = s.exposure;
  lines.push('');
  lines.push(
    `In scope of third-party AI training: ${e.channels.thirdParty}; X/xAI Grok training: ${e.channels.grokTraining}; open web: ${e.channels.openWeb}`,
  );
  lines.push(`Levels: ${e.levels.high} high, ${e.levels.medium} medium, ${e.levels.low} low`);
  const notable = s.files.filter((f) => f.status !== 'imported' && f.status !== 'empty');
  if (s.fileCounts) {
    const tally = Object.entries(s.fileCounts.byStatus).map(([status, n]) => `${n} ${status}`);
    lines.push('', `${s.fileCounts.total} data files: ${tally.join(', ')} (the first ones are listed)`);
  }
  if (notable.length > 0) {
    lines.push('');
    lines.push('Files not fully imported:');
    for (const f of notable)
      lines.push(`  ${f.status.padEnd(8)} ${f.path}${f.message ? `: ${f.message}` : ''}`);
  }
  if (s.warnings.length > 0) {
    lines.push('');
    for (const w of s.warnings) lines.push(`warning: ${w}`);
  }
  if (s.partial) lines.push('', 'The import is partial: some data files could not be read (see above).');
  return lines;
}
