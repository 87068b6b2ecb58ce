/**
 * The exposure model's entry point: per item, which channels reach it (with reasons naming policy
 * facts), how visible it was, what sensitive data it carries (with evidence), and its level.
 * Called about a million times per large import: everything reusable is compiled at module load.
 */
import { FLAGS, type Channel, type Flag } from '../model/kinds';
import type { FlagEvidence } from '../model/items';
import { assessChannels, itemTiming } from './channels';
import { compileContext } from './context';
import { DETECTORS } from './detectors';
import type { DetectContext, TextScan } from './detectors/detector';
import { itemLanguages, listsAfterDetecting, needsDetecting } from './language/detect';
import { requireLanguageDetector } from './language/detector';
import { LATIN_LANGUAGES, SUPPORTED_LANGUAGES } from './lexicon/registry';
import { scanLexicons } from './lexicon/scan';
import { levelFor } from './level';
import type { Classification, ClassifyContext, ClassifyInput } from './types';

const NO_FLAGS: Flag[] = Object.freeze([]) as unknown as Flag[];
const NO_EVIDENCE: FlagEvidence[] = Object.freeze([]) as unknown as FlagEvidence[];
const FLAG_ORDER = new Map<Flag, number>(FLAGS.map((f, i) => [f, i]));

const NO_TEXT: TextScan = Object.freeze({
  languages: Object.freeze({ primary: null, lists: Object.freeze([]) }),
  hits: Object.freeze([]),
});

const accountLists = new WeakMap<readonly string[], readonly string[]>();
const NO_LISTS: readonly string[] = Object.freeze([]);

/** The account's Latin-script languages (X's record of them, or its posts'), or none known. */
function accountLatin(ctx: DetectContext): readonly string[] {
  const account = ctx.languages;
  if (!account || account.length === 0) return NO_LISTS;
  let lists = accountLists.get(account);
  if (!lists) {
    lists = LATIN_LANGUAGES.filter((l) => account.includes(l));
    accountLists.set(account, lists);
  }
  return lists;
}

/**
 * The Latin-script lists for a text whose language is not known: the account's languages; for an
 * item X gives no language at all (likes, DMs, bookmarks) of an account whose languages are not
 * known either, every Latin-script list. A post X tagged "undetermined" is not worth every list.
 */
function unknownTextLists(input: ClassifyInput, ctx: DetectContext): readonly string[] {
  const account = accountLatin(ctx);
  if (account.length > 0 || input.lang != null) return account;
  return LATIN_LANGUAGES;
}

/**
 * The item's languages and the list words found in its text. A text of unknown language is checked
 * with every list of its scripts; a hit from a list that may not be the text's language then asks
 * the language detector, and only the lists of the languages it names are kept. The detector must be
 * loaded first (see language/detector.ts), even for a text that turns out not to need it: a missing
 * load fails on the first item, not on the rare one.
 */
export function scanText(input: ClassifyInput, ctx: DetectContext = {}): TextScan {
  requireLanguageDetector();
  const text = input.text;
  if (!text) return NO_TEXT;
  const languages = itemLanguages(text, input.lang, SUPPORTED_LANGUAGES, unknownTextLists(input, ctx));
  if (languages.lists.length === 0) return { languages, hits: NO_TEXT.hits };
  const hits = scanLexicons(text, languages.lists);
  if (!hits.some((h) => needsDetecting(h.lang, languages))) return { languages, hits };
  const detected = listsAfterDetecting(text, SUPPORTED_LANGUAGES);
  return { languages: detected, hits: hits.filter((h) => detected.lists.includes(h.lang)) };
}

export function detectFlags(
  input: ClassifyInput,
  ctx: DetectContext = {},
  scan: TextScan = scanText(input, ctx),
): FlagEvidence[] {
  const found: FlagEvidence[] = [];
  for (const detect of DETECTORS) detect(input, found, ctx, scan);
  if (found.length === 0) return NO_EVIDENCE;
  if (found.length === 1) return found;
  return found.sort((a, b) => (FLAG_ORDER.get(a.flag) ?? 0) - (FLAG_ORDER.get(b.flag) ?? 0));
}

const NO_WEAK: Flag[] = [];

function weakFlags(evidence: readonly FlagEvidence[]): readonly Flag[] {
  let weak: Flag[] | null = null;
  for (const e of evidence) if (e.weak) (weak ??= []).push(e.flag);
  return weak ?? NO_WEAK;
}

export function classifyItem(input: ClassifyInput, ctx: ClassifyContext): Classification {
  const timing = itemTiming(input, compileContext(ctx));
  const { channels, channelReasons } = assessChannels(timing.situation);
  const scan = scanText(input, ctx);
  const flagEvidence = detectFlags(input, ctx, scan);
  const flags = flagEvidence.length === 0 ? NO_FLAGS : flagEvidence.map((e) => e.flag);
  const { level, reason } = levelFor(channels, flags, weakFlags(flagEvidence));
  return {
    channels: channels as Channel[],
    channelReasons: channelReasons as Classification['channelReasons'],
    flags,
    flagEvidence,
    level,
    levelReason: reason,
    visibility: timing.visibility,
    publicSinceCutoff: timing.publicSinceCutoff,
    language: scan.languages,
  };
}
