import { importArchive } from '../../engine/index';
import { writeJson, writeLines, type Command } from '../command';
import { ProgressBar } from '../progress-bar';
import { summaryLines } from '../format-summary';

export const importCommand: Command = {
  name: 'import',
  usage: '<zip-or-folder>',
  summary: 'import an X archive (the zip X sent you, or its extracted folder)',
  positionals: 1,
  async run({ args, dataDir, json, io, signal }) {
    const bar = io.stderr.isTTY ? new ProgressBar(io) : null;
    try {
      const summary = await importArchive(args[0]!, {
        dataDir,
        signal,
        ...(bar ? { onProgress: (p) => bar.update(p) } : {}),
      });
      bar?.clear();
      if (json) writeJson(io, summary);
      else writeLines(io, summaryLines(summary));
      return 0;
    } finally {
      bar?.clear();
    }
  },
};
