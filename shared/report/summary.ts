/**
 * The report's one-page summary: what is exposed through which door, the top risks, and what the person
 * has done on the checklist. Built from numbers the report already has; no archive text.
 */
import { factsCheckedLine } from '../exposure/facts';
import type { ChecklistView } from '../checklist/types';
import { SENSITIVE_FLAGS } from '../exposure/level';
import { CHANNELS, FLAGS, type Flag } from '../model/kinds';
import type { ArchiveSummary } from '../model/summary';
import { formatCount, percentOf } from './format';
import { CHANNEL_LABELS, FLAG_LABELS } from './labels';
import type { ReportSummary } from './model';

const DOOR_LINES = {
  thirdParty: 'items X may share with outside companies that may train AI on them unless you opt out',
  grokTraining: 'items X’s owner may use to train Grok and other xAI models',
  openWeb: 'items anyone, including AI crawlers, can read today',
} as const;

const MAX_FLAG_RISKS = 3;

function flagRisks(flags: Record<Flag, number>): string[] {
  return FLAGS.filter((f) => SENSITIVE_FLAGS.has(f) && flags[f] > 0)
    .sort((a, b) => flags[b] - flags[a])
    .slice(0, MAX_FLAG_RISKS)
    .map(
      (f) =>
        `${formatCount(flags[f])} ${flags[f] === 1 ? 'item touches' : 'items touch'} on ${FLAG_LABELS[f].toLowerCase()}.`,
    );
}

function risks(summary: ArchiveSummary): string[] {
  const { exposure, counts } = summary;
  const lines: string[] = [];
  if (exposure.levels.high > 0)
    lines.push(
      `${formatCount(exposure.levels.high)} ${exposure.levels.high === 1 ? 'item is' : 'items are'} rated high: public (or used for Grok) and sensitive.`,
    );
  lines.push(...flagRisks(exposure.flags));
  if (counts.grokMessages > 0)
    lines.push(
      `${formatCount(counts.grokMessages)} Grok messages: the core of what the Grok training setting covers.`,
    );
  if (counts.directMessages > 0)
    lines.push(
      `${formatCount(counts.directMessages)} direct messages: the third-party clause does not exclude them (uncertain).`,
    );
  if (exposure.visibility.assumedPublic > 0)
    lines.push(
      'The archive has no protect/unprotect history, so the account is assumed to have been public.',
    );
  return lines;
}

export function reportSummary(input: {
  summary: ArchiveSummary;
  totalItems: number;
  checklist: ChecklistView;
}): ReportSummary {
  const { summary, totalItems, checklist } = input;
  const done = checklist.steps.filter((s) => s.progress.status === 'done');
  const total = checklist.steps.filter((s) => s.progress.status !== 'notApplicable').length;
  return {
    doors: CHANNELS.map((channel) => ({
      channel,
      label: CHANNEL_LABELS[channel],
      count: summary.exposure.channels[channel],
      share: percentOf(summary.exposure.channels[channel], totalItems),
      line: DOOR_LINES[channel],
    })),
    risks: risks(summary),
    checklist: {
      done: done.length,
      total,
      doneSteps: done.map((s) => s.step.title),
      line:
        done.length === 0
          ? `None of the ${formatCount(total)} opt-out steps is marked done yet.`
          : `${formatCount(done.length)} of ${formatCount(total)} opt-out steps marked done.`,
    },
    factsChecked: factsCheckedLine(checklist.contentAsOf),
  };
}
