import {
  STEP_IDS,
  STEP_STATUSES,
  type ChecklistView,
  type StepId,
  type StepStatus,
} from '../../../shared/checklist/types';
import { Engine } from '../../engine/index';
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

function checklistLines(view: ChecklistView): string[] {
  const lines = view.steps.map(({ step, emphasis, progress }) => {
    const date = progress.updatedAt ? ` (${progress.updatedAt.slice(0, 10)})` : '';
    const mark = emphasis === 'high' ? '*' : ' ';
    return `${mark} ${step.id.padEnd(18)} ${progress.status.padEnd(13)} ${step.title}${date}`;
  });
  return [...lines, '* = recommended for this archive', `${view.caveat.title}: ${view.caveat.points[0]}`];
}

export const checklistCommand: Command = {
  name: 'checklist',
  usage: '<archiveId> [--set STEP=STATUS ...]',
  summary: 'show the opt-out checklist and its progress, or mark steps done, skipped, notApplicable or todo',
  options: { set: { type: 'string', multiple: true } },
  positionals: 1,
  async run({ args, options, dataDir, json, io }) {
    const sets = parseSets(options['set']);
    const engine = new Engine({ dataDir });
    try {
      const archiveId = args[0]!;
      let view = engine.getChecklist(archiveId);
      for (const { stepId, status } of sets) view = engine.setChecklistStep(archiveId, stepId, status);
      if (json) writeJson(io, view);
      else writeLines(io, checklistLines(view));
      return 0;
    } finally {
      engine.close();
    }
  },
};
