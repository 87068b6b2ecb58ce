import type { ParseArgsConfig } from 'node:util';
import { terminalSafe } from './terminal-text';

export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

export interface CommandContext {
  /** Positional arguments after the command name. */
  args: string[];
  /** Parsed options (the command's own plus the global ones). */
  options: Record<string, string | boolean | undefined>;
  dataDir: string;
  json: boolean;
  io: CliIO;
  /** Aborted on Ctrl-C. */
  signal: AbortSignal;
}

/** One `x-exposure <name>` command. Add a file in commands/ and one line in registry.ts. */
export interface Command {
  name: string;
  /** `<archiveId>`, `<zip-or-folder>`... */
  usage: string;
  summary: string;
  options?: ParseArgsConfig['options'];
  /** Number of positional arguments required. */
  positionals: number;
  run(ctx: CommandContext): Promise<number>;
}

/** Wrong arguments: exit code 2 with a one-line message. */
export class UsageError extends Error {}

export function writeJson(io: CliIO, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Human-readable output: each line passes through the terminal-safe filter, so archive text in it
 * (names, file names, messages) can neither move the cursor nor retitle, clear or reorder the screen.
 * Every command's non-JSON output goes through here.
 */
export function writeLines(io: CliIO, lines: readonly string[]): void {
  io.stdout.write(`${lines.map(terminalSafe).join('\n')}\n`);
}
