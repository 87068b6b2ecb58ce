import {
  OWN_WORD_FLAGS,
  type OwnWordFlag,
  type OwnWords,
} from '../../../shared/exposure/detectors/own-words';
import type { OwnWordsState } from '../../../shared/model/own-words';
import type { LibraryEntry } from '../../../shared/model/summary';
import { UserFacingError } from '../../engine/errors';
import type { RemoteEngine } from '../../engine/worker/engine-client';
import { UsageError, writeJson, writeLines, type Command } from '../command';
import { startEngineThread } from '../engine-thread';
import { ProgressBar } from '../progress-bar';

/** As the window allows: words of at most 100 characters, at most 500 per category. */
const MAX_WORD = 100;
const MAX_PER_CATEGORY = 500;

interface WordChange {
  flag: OwnWordFlag;
  word: string;
}

const isFlag = (value: string): value is OwnWordFlag => (OWN_WORD_FLAGS as readonly string[]).includes(value);
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Every `--add` or `--remove` (repeatable), `CATEGORY=WORD`, checked before anything is written. */
export function parseWordChanges(value: unknown, option: 'add' | 'remove'): WordChange[] {
  const values = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return values.map((raw) => {
    const eq = raw.indexOf('=');
    const flag = raw.slice(0, eq).trim();
    const word = raw
      .slice(eq + 1)
      .trim()
      .replace(/\s+/g, ' ');
    if (eq <= 0 || !word)
      throw new UsageError(`--${option} takes CATEGORY=WORD, e.g. --${option} "family=Noah" (got ${raw})`);
    if (!isFlag(flag))
      throw new UsageError(`unknown category ${flag}; categories: ${OWN_WORD_FLAGS.join(', ')}`);
    if (word.length > MAX_WORD) throw new UsageError(`a word may be at most ${MAX_WORD} characters long`);
    return { flag, word };
  });
}

/** The words after the removals, then the additions (a word already listed, in any case, is kept once). */
export function changeWords(current: OwnWords, add: WordChange[], remove: WordChange[]): OwnWords {
  const next: OwnWords = {};
  for (const flag of OWN_WORD_FLAGS) if (current[flag]?.length) next[flag] = [...current[flag]];
  for (const { flag, word } of remove) {
    const list = next[flag] ?? [];
    if (add.some((a) => a.flag === flag && same(a.word, word)))
      throw new UsageError(`${JSON.stringify(word)} is both added and removed; give it once`);
    if (!list.some((w) => same(w, word)))
      throw new UsageError(`${JSON.stringify(word)} is not among your ${flag} words`);
    next[flag] = list.filter((w) => !same(w, word));
  }
  for (const { flag, word } of add) {
    const list = (next[flag] ??= []);
    if (!list.some((w) => same(w, word))) list.push(word);
    if (list.length > MAX_PER_CATEGORY)
      throw new UsageError(`at most ${MAX_PER_CATEGORY} words per category (${flag})`);
  }
  return next;
}

/**
 * The archive an argument names: an archive id, or an account (`@name` or its account id), whose
 * newest archive then stands for it (the words are kept per account either way).
 */
export async function archiveNamed(engine: RemoteEngine, target: string): Promise<LibraryEntry> {
  const archives = await engine.listArchives();
  const byId = archives.find((a) => a.archiveId === target);
  if (byId) return byId;
  const name = target.replace(/^@/, '').toLowerCase();
  const ofAccount = archives.filter(
    (a) =>
      a.account.accountId && (a.account.accountId === target || a.account.username.toLowerCase() === name),
  );
  if (ofAccount.length === 0)
    throw new UserFacingError(
      'NOT_FOUND',
      `no imported archive or account ${JSON.stringify(target)}; see x-exposure list`,
    );
  if (new Set(ofAccount.map((a) => a.account.accountId)).size > 1)
    throw new UsageError(
      `more than one account is called ${target}; give an archive id (see x-exposure list)`,
    );
  return ofAccount.reduce((a, b) => ((b.generatedAt ?? '') > (a.generatedAt ?? '') ? b : a));
}

const waitingPhrase = (n: number) =>
  n === 1 ? "1 of the account's archives waits" : `${n} of the account's archives wait`;

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : 'unknown date');

function stateLines(entry: LibraryEntry, state: OwnWordsState): string[] {
  const who = entry.account.username ? `@${entry.account.username}` : `archive ${entry.archiveId}`;
  const listed = OWN_WORD_FLAGS.filter((f) => (state.words[f]?.length ?? 0) > 0);
  const lines =
    listed.length === 0
      ? [
          `No own sensitive words for ${who} yet. Add them with --add CATEGORY=WORD ` +
            `(categories: ${OWN_WORD_FLAGS.join(', ')}).`,
        ]
      : [
          `Your own sensitive words for ${who}:`,
          ...listed.map(
            (f) => `  ${f.padEnd(10)} ${state.words[f]!.map((w) => JSON.stringify(w)).join(', ')}`,
          ),
        ];
  const many = state.archives.length > 1;
  lines.push('', many ? `They apply to the account's ${state.archives.length} archives:` : 'Archive:');
  for (const a of state.archives) {
    const where = a.upToDate
      ? 'checked with them'
      : `waiting to be checked with them: run x-exposure words ${a.archiveId} --recheck, or open it in the app`;
    lines.push(`  ${a.archiveId}  made ${day(a.generatedAt)}  ${where}`);
  }
  return lines;
}

export const wordsCommand: Command = {
  name: 'words',
  usage: '<archiveId|@account> [--add CATEGORY=WORD ...] [--remove CATEGORY=WORD ...] [--recheck]',
  summary:
    'show or change your own sensitive words (kept per account: health, religion, politics, sexuality, ' +
    'ethnicity, union, family, location); a change checks every archive of the account again',
  options: {
    add: { type: 'string', multiple: true },
    remove: { type: 'string', multiple: true },
    recheck: { type: 'boolean' },
  },
  positionals: 1,
  async run({ args, options, dataDir, json, io, signal }) {
    const add = parseWordChanges(options['add'], 'add');
    const remove = parseWordChanges(options['remove'], 'remove');
    const thread = await startEngineThread(dataDir);
    const bar = io.stderr.isTTY ? new ProgressBar(io) : null;
    try {
      const entry = await archiveNamed(thread.engine, args[0]!);
      const archiveId = entry.archiveId;
      const before = await thread.engine.getOwnWords(archiveId);
      const change = add.length > 0 || remove.length > 0;
      if (!change && options['recheck'] !== true) {
        if (json) writeJson(io, { archiveId, ...before });
        else writeLines(io, stateLines(entry, before));
        return 0;
      }
      const words = changeWords(before.words, add, remove);
      let result;
      try {
        result = await thread.run(
          'ownWords',
          { archiveId, words },
          { signal, onProgress: ({ done, total }) => bar?.steps('checking items again', done, total) },
        );
      } catch (err) {
        if (!(err instanceof UserFacingError) || err.code !== 'CANCELLED') throw err;
        bar?.clear();
        const waiting = (await thread.engine.getOwnWords(archiveId)).archives.filter((a) => !a.upToDate);
        throw new UserFacingError(
          'CANCELLED',
          waiting.length === 0
            ? 'cancelled: nothing was changed'
            : `cancelled part way: your words are saved, but ${waitingPhrase(waiting.length)} to be checked ` +
                `with them (run x-exposure words ${archiveId} --recheck, or open it in the app)`,
        );
      }
      bar?.clear();
      const { summary, ...state } = result;
      if (json) {
        writeJson(io, { archiveId, ...state });
        return 0;
      }
      const high = summary.exposure.levels.high;
      writeLines(io, [
        `${change ? 'Saved. ' : ''}${
          result.rechecked.length === 0
            ? 'Every archive of the account was already checked with these words.'
            : `Checked again with them: archive${result.rechecked.length === 1 ? '' : 's'} ${result.rechecked.join(', ')}.`
        }`,
        `Archive ${archiveId} has ${high.toLocaleString('en')} highly sensitive item${high === 1 ? '' : 's'}.`,
        '',
        ...stateLines(entry, state),
      ]);
      return 0;
    } finally {
      bar?.clear();
      await thread.close();
    }
  },
};
