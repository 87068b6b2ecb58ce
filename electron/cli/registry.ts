import type { Command } from './command';
import { importCommand } from './commands/import';
import { listCommand } from './commands/list';
import { summaryCommand } from './commands/summary';
import { forgetCommand } from './commands/forget';
import { reportCommand } from './commands/report';
import { checklistCommand } from './commands/checklist';
import { bookmarksCommand } from './commands/bookmarks';
import { compareCommand } from './commands/compare';
import { wordsCommand } from './commands/words';

/** Every `x-exposure` command. To add one: a file in commands/ and a line here. */
export const COMMANDS: readonly Command[] = [
  importCommand,
  listCommand,
  summaryCommand,
  forgetCommand,
  reportCommand,
  checklistCommand,
  bookmarksCommand,
  compareCommand,
  wordsCommand,
];
