import { openEngine } from '../engine-loader';
import { writeJson, writeLines, type Command } from '../command';
import { summaryLines } from '../format-summary';

export const summaryCommand: Command = {
  name: 'summary',
  usage: '<archiveId>',
  summary: 'show what an imported archive holds and how exposed it is',
  positionals: 1,
  async run({ args, dataDir, json, io }) {
    const engine = await openEngine(dataDir);
    try {
      const summary = engine.getSummary(args[0]!);
      if (json) writeJson(io, summary);
      else writeLines(io, summaryLines(summary));
      return 0;
    } finally {
      engine.close();
    }
  },
};
