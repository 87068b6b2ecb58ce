/**
 * Builds the ReportModel from what the engine already answers (summary, overview, visibility settings)
 * and the tailored checklist. Pure: the engine side gathers the inputs.
 */
import type { ChecklistView } from '../checklist/types';
import { FACT_IDS, FACTS } from '../exposure/facts';
import { coverageLines } from '../exposure/coverage-text';
import { LEVEL_RULE_TEXT } from '../exposure/level';
import { POLICY_TIMELINE } from '../exposure/policy-timeline';
import type { ItemRow } from '../model/items';
import { CHANNELS, FLAGS, ITEM_KINDS, LEVELS, type ItemKind } from '../model/kinds';
import type { Overview, VisibilitySettings } from '../model/overview';
import type { ArchiveSummary, Counts } from '../model/summary';
import { basisFacts, CHANNEL_BASIS } from './channel-basis';
import { reportComparisonFrom, type ComparisonOutcome } from './comparison';
import { formatCount, formatDate, shortenText } from './format';
import { CHANNEL_LABELS, FLAG_LABELS, KIND_PLURALS, LEVEL_LABELS, STATUS_LABELS } from './labels';
import { METHOD_PARAGRAPHS } from './method';
import type { ReportCount, ReportItem, ReportModel, ReportOptions } from './model';
import { SourceNumbering } from './sources';
import { reportHeldData } from './held-data';
import type { AccountData } from '../model/account-data';
import { reportSummary } from './summary';

export interface ReportInputs {
  summary: ArchiveSummary;
  overview: Overview;
  visibility: VisibilitySettings;
  checklist: ChecklistView;
  appVersion: string;
  /** When the report is made (UTC ISO). */
  generatedAt: string;
  /** Only when the report compares this archive with an older one. */
  comparison?: ComparisonOutcome;
  /** What X holds about the person beyond their posts. */
  accountData?: AccountData;
}

export const TOP_ITEMS = 15;
export const TOP_ITEM_CHARS = 180;

export function countsByKind(counts: Counts): Record<ItemKind, number> {
  return {
    post: counts.posts,
    communityPost: counts.communityPosts,
    deletedPost: counts.deletedPosts,
    like: counts.likes,
    bookmark: counts.bookmarks ?? 0,
    grokMessage: counts.grokMessages,
    directMessage: counts.directMessages,
  };
}

function reportItem(row: ItemRow, redact: boolean): ReportItem {
  let text: string | null = null;
  let textNote: string | null = null;
  if (redact) textNote = 'Text left out (redacted report).';
  else if (row.kind === 'directMessage') textNote = 'Direct message: text not shown in the report.';
  else if (!row.snippet) textNote = 'No text.';
  else text = shortenText(row.snippet, TOP_ITEM_CHARS);
  return {
    kind: row.kind,
    postTypes: row.postTypes,
    createdAt: row.createdAt,
    level: row.level,
    flags: row.flags,
    channels: row.channels,
    text,
    textNote,
  };
}

function visibilityNote(v: VisibilitySettings): string {
  const parts = [FACTS.protectedHistoryWindow.claim];
  if (v.userRanges) {
    const ranges = v.userRanges
      .map((r) => `from ${formatDate(r.from)} ${r.to ? `to ${formatDate(r.to)}` : 'until now'}`)
      .join('; ');
    parts.push(
      v.userRanges.length > 0
        ? `You corrected this: your account was protected ${ranges}.`
        : 'You corrected this: your account was never protected.',
    );
  } else if (!v.hasHistory) {
    parts.push('Your archive has no such history, so the app assumed your account was always public.');
  }
  return parts.join(' ');
}

function checklistSection(view: ChecklistView, refs: SourceNumbering): ReportModel['checklist'] {
  return {
    steps: view.steps.map(({ step, emphasis, tailoring, progress }) => ({
      sources: refs.cite(step.sources.map((s) => s.id)),
      title: step.title,
      status: progress.status,
      statusLabel: STATUS_LABELS[progress.status],
      updatedAt: progress.updatedAt,
      emphasis,
      certainty: step.certainty,
      note: tailoring[0] ?? null,
    })),
    totals: view.totals,
    contentAsOf: view.contentAsOf,
    checkedOnLine: view.checkedOnLine,
  };
}

export function reportModelFrom(inputs: ReportInputs, options: ReportOptions): ReportModel {
  const { summary, overview, visibility, checklist } = inputs;
  const { exposure, counts } = summary;
  const byKind = countsByKind(counts);
  const totalItems = ITEM_KINDS.reduce((sum, k) => sum + byKind[k], 0);

  const kinds: Array<ReportCount<ItemKind>> = ITEM_KINDS.filter(
    (k) => k !== 'bookmark' || counts.bookmarks !== null,
  ).map((k) => ({ key: k, label: KIND_PLURALS[k], count: byKind[k] }));

  const headline = {
    totalItems,
    thirdParty: exposure.channels.thirdParty,
    grokTraining: exposure.channels.grokTraining,
    openWeb: exposure.channels.openWeb,
    high: exposure.levels.high,
    medium: exposure.levels.medium,
    sentence:
      `${formatCount(exposure.channels.thirdParty)} of your ${formatCount(totalItems)} items are within reach ` +
      `of third-party AI training; ${formatCount(exposure.channels.grokTraining)} can be used to train Grok; ` +
      `${formatCount(exposure.channels.openWeb)} can be read by anyone today; ` +
      `${formatCount(exposure.levels.high)} are rated high.`,
  };

  // Sources are numbered in reading order: channels, timeline, checklist, caveat, then the facts.
  const refs = new SourceNumbering();
  const channels = CHANNELS.map((channel) => ({
    channel,
    label: CHANNEL_LABELS[channel],
    count: exposure.channels[channel],
    explanation: CHANNEL_BASIS[channel].explanation,
    since: CHANNEL_BASIS[channel].since,
    basis: basisFacts(channel).map((f) => ({
      claim: f.claim,
      sources: refs.cite(f.sources),
      certainty: f.certainty,
    })),
  }));
  const events = POLICY_TIMELINE.map((e, i) => ({
    number: i + 1,
    date: e.date,
    end: e.end ?? null,
    label: e.label,
    detail: e.detail,
    sources: refs.cite(e.sources),
    strength: e.strength,
    certainty: e.certainty,
  }));
  const accountData = inputs.accountData
    ? reportHeldData(inputs.accountData, options.redactText, refs)
    : undefined;
  const checklistPart = checklistSection(checklist, refs);
  const cannotUndo = {
    title: checklist.caveat.title,
    points: checklist.caveat.points,
    sources: refs.citeFacts(checklist.caveat.facts),
  };
  const rights = {
    summary: checklist.rights.summary,
    noRight: checklist.rights.noRight,
    letter: checklist.rights.letter,
    sources: refs.citeFacts(checklist.rights.facts),
  };
  // Facts the channels already state are not repeated: each is printed once.
  const inChannels = new Set(CHANNELS.flatMap((c) => CHANNEL_BASIS[c].facts));
  const facts = FACT_IDS.filter((id) => !inChannels.has(id))
    .map((id) => FACTS[id])
    .map((f) => ({
      claim: f.claim,
      date: f.date,
      sources: refs.cite(f.sources),
      certainty: f.certainty,
      strength: f.strength,
    }));

  const warnings = [...summary.warnings.slice(0, 10)];
  const failed = summary.files.filter((f) => f.status === 'error');
  if (summary.partial || failed.length > 0) {
    warnings.unshift(
      `Some data files could not be read, so the numbers may be too low: ${failed.map((f) => f.path).join(', ') || 'see the import report'}.`,
    );
  }

  return {
    options,
    meta: {
      username: summary.account.username,
      displayName: summary.account.displayName,
      accountId: summary.account.accountId,
      archiveGeneratedAt: summary.generatedAt,
      importedAt: summary.importedAt,
      reportGeneratedAt: inputs.generatedAt,
      appVersion: inputs.appVersion,
      archiveFormat: summary.format,
      partial: summary.partial,
    },
    headline,
    summary: reportSummary({ summary, totalItems, checklist }),
    channels,
    timeline: {
      buckets: overview.timeline,
      events,
      undated: ITEM_KINDS.flatMap((k) => {
        const n = overview.undated[k] ?? 0;
        return n > 0 ? [{ key: k, label: KIND_PLURALS[k], count: n }] : [];
      }),
    },
    kinds,
    postTypes: [
      { key: 'reply', label: 'Replies', count: counts.replies },
      { key: 'quote', label: 'Quotes', count: counts.quotes },
      { key: 'repost', label: 'Reposts', count: counts.reposts },
      { key: 'long', label: 'Long posts', count: counts.longPosts },
    ],
    flags: FLAGS.map((f) => ({ key: f, label: FLAG_LABELS[f], count: exposure.flags[f] })),
    levels: LEVELS.map((l) => ({ key: l, label: LEVEL_LABELS[l], count: exposure.levels[l] })),
    visibility: {
      rows: [
        { key: 'public', label: 'Public when posted', count: exposure.visibility.public },
        { key: 'assumedPublic', label: 'Public (assumed)', count: exposure.visibility.assumedPublic },
        { key: 'protected', label: 'Protected when posted', count: exposure.visibility.protected },
        ...(exposure.visibility.circle > 0
          ? [{ key: 'circle' as const, label: 'Circle only', count: exposure.visibility.circle }]
          : []),
      ],
      note: visibilityNote(visibility),
      correctedByUser: visibility.userRanges !== null,
    },
    topItems: overview.topSensitive.slice(0, TOP_ITEMS).map((row) => reportItem(row, options.redactText)),
    missing: overview.missing,
    checklist: checklistPart,
    cannotUndo,
    rights,
    method: {
      paragraphs: METHOD_PARAGRAPHS,
      levelRule: LEVEL_RULE_TEXT,
      coverage: coverageLines(exposure.coverage ?? []),
      facts,
      sources: refs.list(),
    },
    warnings,
    ...(inputs.comparison ? { comparison: reportComparisonFrom(inputs.comparison) } : {}),
    ...(accountData ? { accountData } : {}),
  };
}
