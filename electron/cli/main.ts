import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
import { describeForUser, UserFacingError } from '../engine/errors';
import { storageError } from '../engine/storage-errors';
import { COMMANDS } from './registry';
import { UsageError, type CliIO, type Command } from './command';
import { defaultDataDir } from '../engine/library/default-data-dir';
import { terminalSafe } from './terminal-text';

const GLOBAL_OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

function usage(): string {
  const lines = COMMANDS.map((c) => {
    const call = `x-exposure ${c.name} ${c.usage}`.trim();
    return call.length <= 38
      ? `  ${call.padEnd(38)} ${c.summary}`
      : `  ${call}\n  ${' '.repeat(38)} ${c.summary}`;
  });
  return [
    'Usage:',
    ...lines,
    '',
    'Options (every command):',
    '  --data-dir DIR   where imported archives are kept (default: your data folder)',
    '  --json           print exactly one JSON object on stdout',
    '',
  ].join('\n');
}

/** One line, no stack: `error: <file>: <problem>`. */
function errorLine(err: unknown): string {
  if (err instanceof UserFacingError) return `error: ${terminalSafe(describeForUser(err))}`;
  if (err instanceof UsageError) return `error: ${terminalSafe(err.message)}`;
  const message = err instanceof Error ? err.message : String(err);
  return `error: ${terminalSafe(message.split('\n')[0]!)}`;
}

function exitCodeOf(err: unknown): number {
  if (err instanceof UsageError) return 2;
  if (err instanceof UserFacingError) {
    if (err.code === 'BAD_INPUT' || err.code === 'NOT_FOUND') return 2;
    if (err.code === 'WORSE_COPY') return 3;
    if (err.code === 'CANCELLED') return 130;
  }
  return 1;
}

function parse(command: Command, argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]} (see x-exposure --help)`);
  }
}

/**
 * Runs the CLI and returns the exit code: 0 ok, 2 bad input or usage, 3 a damaged copy not imported
 * over a complete one (import --replace), 130 cancelled, 1 anything else.
 */
export async function main(
  argv: string[],
  io: CliIO = { stdout: process.stdout, stderr: process.stderr },
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const controller = new AbortController();
  let dataDir: string | null = null;
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout.write(usage());
      return name === undefined ? 2 : 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new UsageError(`unknown command "${name}" (see x-exposure --help)`);
    const { values, positionals } = parse(command, rest);
    if (values.help) {
      io.stdout.write(usage());
      return 0;
    }
    if (positionals.length !== command.positionals) {
      throw new UsageError(`usage: x-exposure ${command.name} ${command.usage}`.trim());
    }
    const dataDirOption = values['data-dir'];
    dataDir = typeof dataDirOption === 'string' ? resolve(dataDirOption) : defaultDataDir(env);
    return await command.run({
      args: positionals,
      options: values,
      dataDir,
      json: values.json === true,
      io,
      signal: controller.signal,
    });
  } catch (caught) {
    // A database or disk failure found mid-command: which file is not known, the data folder is.
    const err = (dataDir && storageError(caught, dataDir, { kind: 'data folder' })) || caught;
    io.stderr.write(`${errorLine(err)}\n`);
    return exitCodeOf(err);
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}
