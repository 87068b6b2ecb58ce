/**
 * The checklist for the app, the e2e harness and the CLI: the tailored steps with the user's saved
 * progress. Progress lives in the library database (table checklist_progress), per account.
 */
import { tailorChecklist } from '../../../shared/checklist/tailor';
import type { ChecklistView, StepId, StepStatus } from '../../../shared/checklist/types';
import type { Connections } from '../connections';
import type { LibraryService } from '../services/library-service';
import type { VisibilityService } from '../services/visibility-service';
import { readArchiveEvidence } from './archive-evidence';
import { readProgress, writeProgress } from './progress-store';
import { checklistSignals } from './signals';

export class ChecklistService {
  constructor(
    private readonly conn: Connections,
    private readonly library: LibraryService,
    private readonly visibility: VisibilityService,
  ) {}

  view(archiveId: string): ChecklistView {
    const summary = this.library.summary(archiveId);
    const { accountId } = summary.account;
    const signals = checklistSignals(
      summary,
      this.visibility.settings(archiveId),
      readArchiveEvidence(this.conn.archive(archiveId)),
    );
    const progress = readProgress(this.conn.library, accountId);
    return tailorChecklist({ archiveId, accountId, signals, progress });
  }

  setStep(archiveId: string, stepId: StepId, status: StepStatus, now: Date = new Date()): ChecklistView {
    const { accountId } = this.library.summary(archiveId).account;
    writeProgress(this.conn.library, accountId, stepId, status, now.toISOString());
    return this.view(archiveId);
  }
}

export { deleteProgress } from './progress-store';
