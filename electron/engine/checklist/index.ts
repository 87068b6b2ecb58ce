/**
 * The checklist for the app, the e2e harness and the CLI: the tailored steps with the user's saved
 * progress. Progress (table checklist_progress) and where the person lives (account_residence) live in the
 * library database, per account.
 */
import { tailorChecklist } from '../../../shared/checklist/tailor';
import type { Residence } from '../../../shared/checklist/rights/residence';
import type { ChecklistView, StepId, StepStatus } from '../../../shared/checklist/types';
import type { Connections } from '../connections';
import type { LibraryService } from '../services/library-service';
import type { VisibilityService } from '../services/visibility-service';
import { readArchiveEvidence } from './archive-evidence';
import { readProgress, writeProgress } from './progress-store';
import { readResidence, writeResidence } from './residence-store';
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
    return tailorChecklist({
      archiveId,
      accountId,
      signals,
      progress,
      account: { username: summary.account.username, displayName: summary.account.displayName },
      residence: readResidence(this.conn.library, accountId),
      today: new Date().toISOString().slice(0, 10),
    });
  }

  /** Keeps the person's answer to "where do you live?" for the account (null: ask again). */
  setResidence(archiveId: string, residence: Residence | null, now: Date = new Date()): ChecklistView {
    const { accountId } = this.library.summary(archiveId).account;
    writeResidence(this.conn.library, accountId, residence, now.toISOString());
    return this.view(archiveId);
  }

  setStep(archiveId: string, stepId: StepId, status: StepStatus, now: Date = new Date()): ChecklistView {
    const { accountId } = this.library.summary(archiveId).account;
    writeProgress(this.conn.library, accountId, stepId, status, now.toISOString());
    return this.view(archiveId);
  }
}

export { deleteProgress } from './progress-store';
