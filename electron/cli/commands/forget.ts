import { openEngine } from '../engine-loader';
import { writeJson, writeLines, type Command } from '../command';

export const forgetCommand: Command = {
  name: 'forget',
  usage: '<archiveId>',
  summary: "delete an imported archive's database from this computer",
  positionals: 1,
  async run({ args, dataDir, json, io }) {
    const engine = await openEngine(dataDir);
    try {
      engine.forget(args[0]!);
      if (json) writeJson(io, { forgotten: args[0] });
      else writeLines(io, [`Forgot archive ${args[0]}: its database was deleted.`]);
      return 0;
    } finally {
      engine.close();
    }
  },
};
