import { UserFacingError } from '../../engine/errors';
import { loadEngineModule } from '../engine-loader';
import { writeJson, writeLines, type Command } from '../command';
import { ProgressBar } from '../progress-bar';
import { summaryLines } from '../format-summary';

export const importCommand: Command = {
  name: 'import',
  usage: '<zip-or-folder> [--replace]',
  summary: 'import an X archive (the zip X sent you, or its extracted folder)',
  options: { replace: { type: 'boolean' } },
  positionals: 1,
  async run({ args, options, dataDir, json, io, signal }) {
    const bar = io.stderr.isTTY ? new ProgressBar(io) : null;
    try {
      const { importArchive } = await loadEngineModule();
      const summary = await importArchive(args[0]!, {
        dataDir,
        signal,
        replace: options['replace'] === true,
        ...(bar ? { onProgress: (p) => bar.update(p) } : {}),
      });
      bar?.clear();
      if (json) writeJson(io, summary);
      else writeLines(io, summaryLines(summary));
      return 0;
    } catch (err) {
      if (err instanceof UserFacingError && err.code === 'WORSE_COPY') {
        throw new UserFacingError(
          err.code,
          `${err.message}: run again with --replace to replace it`,
          err.file,
        );
      }
      throw err;
    } finally {
      bar?.clear();
    }
  },
};
