import { openEngine } from '../engine-loader';
import { writeJson, writeLines, type Command } from '../command';
import { summaryLines } from '../format-summary';
import { heldDataLines } from '../format-held';

export const summaryCommand: Command = {
  name: 'summary',
  usage: '<archiveId>',
  summary: 'show what an imported archive holds and how exposed it is',
  positionals: 1,
  async run({ args, dataDir, json, io }) {
    const engine = await openEngine(dataDir, { classifies: true });
    try {
      const summary = engine.getSummary(args[0]!);
      const accountData = engine.getAccountData(args[0]!);
      if (json) {
        writeJson(io, { ...summary, accountData });
        return 0;
      }
      const waiting = engine
        .getOwnWords(summary.archiveId)
        .archives.some((a) => a.archiveId === summary.archiveId && !a.upToDate);
      writeLines(io, [
        ...(waiting
          ? [
              'Your own sensitive words changed after this archive was checked, so its levels do not count ' +
                `them yet: run x-exposure words ${summary.archiveId} --recheck.`,
              '',
            ]
          : []),
        ...summaryLines(summary),
        ...heldDataLines(accountData),
      ]);
      return 0;
    } finally {
      engine.close();
    }
  },
};
