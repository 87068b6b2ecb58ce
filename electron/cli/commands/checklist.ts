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
  usage: '<archiveId> [--set STEP=STATUS]',
  summary: 'show the opt-out checklist and its progress, or mark a step done, skipped, notApplicable or todo',
  options: { set: { type: 'string' } },
  positionals: 1,
  async run({ args, options, dataDir, json, io }) {
    const set = typeof options['set'] === 'string' ? parseSet(options['set']) : null;
    const engine = new Engine({ dataDir });
    try {
      const archiveId = args[0]!;
      const view = set
        ? engine.setChecklistStep(archiveId, set.stepId, set.status)
        : engine.getChecklist(archiveId);
      if (json) writeJson(io, view);
      else writeLines(io, checklistLines(view));
      return 0;
    } finally {
      engine.close();
    }
  },
};
