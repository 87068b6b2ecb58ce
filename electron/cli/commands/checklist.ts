import {
  STEP_IDS,
  STEP_STATUSES,
  type ChecklistView,
  type StepId,
  type StepStatus,
} from '../../../shared/checklist/types';
import { letterText } from '../../../shared/checklist/rights/letter';
import { isResidence, RESIDENCES, type Residence } from '../../../shared/checklist/rights/residence';
import { citeSource, SOURCES } from '../../../shared/exposure/facts';
import { POLICY_TIMELINE } from '../../../shared/exposure/policy-timeline';
import { openEngine } from '../engine-loader';
import { UsageError, writeJson, writeLines, type Command } from '../command';

function parseSet(value: string): { stepId: StepId; status: StepStatus } {
  const [stepId, status] = value.split('=');
  if (!stepId || !(STEP_IDS as readonly string[]).includes(stepId))
    throw new UsageError(`unknown step ${stepId ?? ''}; steps: ${STEP_IDS.join(', ')}`);
  if (!status || !(STEP_STATUSES as readonly string[]).includes(status))
    throw new UsageError(`unknown status ${status ?? ''}; statuses: ${STEP_STATUSES.join(', ')}`);
  return { stepId: stepId as StepId, status: status as StepStatus };
}

/**
 * Every `--set` (the option may be given several times), checked before anything is written. Setting
 * one step twice is refused: which of the two was meant is unknown.
 */
function parseSets(value: unknown): Array<{ stepId: StepId; status: StepStatus }> {
  const values = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const sets = values.map(parseSet);
  const seen = new Set<StepId>();
  for (const { stepId } of sets) {
    if (seen.has(stepId)) throw new UsageError(`step ${stepId} is set more than once; give each step once`);
    seen.add(stepId);
  }
  return sets;
}

/** The dated events the checklist rests on, each with its sources named in full (JSON output only). */
function timelineWithSources() {
  return POLICY_TIMELINE.map((e) => ({
    date: e.date,
    end: e.end ?? null,
    label: e.label,
    detail: e.detail,
    strength: e.strength,
    certainty: e.certainty,
    sources: e.sources.map((id) => citeSource(SOURCES[id])),
  }));
}

function parseResidence(value: string): Residence | null {
  if (value === 'unset') return null;
  if (!isResidence(value))
    throw new UsageError(`unknown place ${value}; places: ${RESIDENCES.join(', ')}, or unset`);
  return value;
}

function rightsLines(view: ChecklistView): string[] {
  const { rights } = view;
  const lines = ['', `Your rights: ${rights.summary}`];
  if (rights.residence === null) lines.push(`Tell the app with --residence ${RESIDENCES.join('|')}.`);
  if (rights.noRight) lines.push(rights.noRight);
  if (rights.letter)
    // One line each: the printer escapes line breaks inside a line (archive text must not break lines).
    lines.push(
      '',
      '--- drafted letter (nothing was sent) ---',
      ...letterText(rights.letter).trimEnd().split('\n'),
    );
  return lines;
}

function checklistLines(view: ChecklistView): string[] {
  const lines = view.steps.map(({ step, emphasis, progress }) => {
    const date = progress.updatedAt ? ` (${progress.updatedAt.slice(0, 10)})` : '';
    const mark = emphasis === 'high' ? '*' : ' ';
    return `${mark} ${step.id.padEnd(18)} ${progress.status.padEnd(13)} ${step.title}${date}`;
  });
  return [
    ...lines,
    '* = recommended for this archive',
    `${view.caveat.title}: ${view.caveat.points[0]}`,
    `${view.checkedOnLine}.`,
    ...rightsLines(view),
  ];
}

export const checklistCommand: Command = {
  name: 'checklist',
  usage: '<archiveId> [--set STEP=STATUS ...] [--residence PLACE]',
  summary:
    'show the opt-out checklist, its progress and the drafted rights letter; mark steps done, skipped, ' +
    'notApplicable or todo; or say where you live (eu, uk, ch, california, canada, elsewhere, unset)',
  options: { set: { type: 'string', multiple: true }, residence: { type: 'string' } },
  positionals: 1,
  async run({ args, options, dataDir, json, io }) {
    const sets = parseSets(options['set']);
    const residence =
      typeof options['residence'] === 'string' ? parseResidence(options['residence']) : undefined;
    const engine = await openEngine(dataDir);
    try {
      const archiveId = args[0]!;
      let view =
        residence !== undefined ? engine.setResidence(archiveId, residence) : engine.getChecklist(archiveId);
      for (const { stepId, status } of sets) view = engine.setChecklistStep(archiveId, stepId, status);
      if (json) writeJson(io, { ...view, timeline: timelineWithSources() });
      else writeLines(io, checklistLines(view));
      return 0;
    } finally {
      engine.close();
    }
  },
};
