import { openLibraryOnly } from '../engine-loader';
import { writeJson, writeLines, type Command } from '../command';

export const listCommand: Command = {
  name: 'list',
  usage: '',
  summary: 'list the imported archives',
  positionals: 0,
  async run({ dataDir, json, io }) {
    const engine = await openLibraryOnly(dataDir);
    try {
      const archives = engine.listArchives();
      if (json) {
        writeJson(io, { archives });
        return 0;
      }
      if (archives.length === 0) {
        writeLines(io, ['No archives imported yet. Run: x-exposure import <zip-or-folder>']);
        return 0;
      }
      writeLines(
        io,
        archives.map((a) => {
          const who = a.account.username ? `@${a.account.username}` : '(unknown account)';
          return (
            `${a.archiveId}  ${who.padEnd(18)} ${a.format.padEnd(8)} generated ${(a.generatedAt ?? 'unknown').slice(0, 10)}  ` +
            `${a.counts.posts} posts, ${a.counts.likes} likes${a.partial ? '  (partial)' : ''}`
          );
        }),
      );
      return 0;
    } finally {
      engine.close();
    }
  },
};
