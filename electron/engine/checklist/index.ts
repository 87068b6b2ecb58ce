/**
 * The checklist for the app's main process, the e2e harness and the CLI: the tailored steps with the
 * user's saved progress. Progress lives in the library database (table checklist_progress), per account.
 */
import { tailorChecklist } from '../../../shared/checklist/tailor';
import type { ChecklistView, StepId, StepStatus } from '../../../shared/checklist/types';
import { readArchiveEvidence } from './archive-evidence';
import { archiveDb, libraryDb, type ChecklistEngine } from './engine-db';
import { readProgress, writeProgress } from './progress-store';
import { checklistSignals } from './signals';

export function getChecklist(engine: ChecklistEngine, archiveId: string): ChecklistView {
  const summary = engine.getSummary(archiveId);
  const { accountId } = summary.account;
  const signals = checklistSignals(
    summary,
    engine.getVisibility(archiveId),
    readArchiveEvidence(archiveDb(engine, archiveId)),
  );
  const progress = readProgress(libraryDb(engine), accountId);
  return tailorChecklist({ archiveId, accountId, signals, progress });
}

export function setChecklistStep(
  engine: ChecklistEngine,
  archiveId: string,
  stepId: StepId,
  status: StepStatus,
  now: Date = new Date(),
): ChecklistView {
  const { accountId } = engine.getSummary(archiveId).account;
  writeProgress(libraryDb(engine), accountId, stepId, status, now.toISOString());
  return getChecklist(engine, archiveId);
}

export type { ChecklistEngine } from './engine-db';
export { CHECKLIST_MIGRATION } from './schema';
export { deleteProgress } from './progress-store';
