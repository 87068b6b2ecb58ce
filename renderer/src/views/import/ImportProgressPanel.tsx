import type { ImportProgress } from '../../../../shared/model/progress';
import { ProgressBar } from '../../components/ProgressBar';
import { IMPORT_STEP_LABELS } from '../../../../shared/format/labels';
import { formatBytes, formatCount, formatDuration } from '../../../../shared/format/numbers';
import { estimateRemainingMs } from '../../stores/import-store';

interface Props {
  progress: ImportProgress | null;
  cancelling: boolean;
  onCancel(): void;
}

/** Overall and per-file progress, records and bytes, elapsed and remaining time, and Cancel. */
export function ImportProgressPanel({ progress, cancelling, onCancel }: Props) {
  const remaining = progress ? estimateRemainingMs(progress) : null;
  const file = progress?.currentFile ?? null;
  const stepLabel = cancelling
    ? 'Cancelling…'
    : progress
      ? IMPORT_STEP_LABELS[progress.step]
      : 'Opening the archive';

  return (
    <section className="card import-progress" aria-labelledby="import-progress-title">
      <h2 id="import-progress-title">{stepLabel}</h2>
      {/* Announce only the step and file count, not every tick. */}
      <p className="sr-only" aria-live="polite">
        {stepLabel}
        {progress
          ? `, file ${Math.min(progress.filesDone + 1, progress.filesTotal)} of ${progress.filesTotal}`
          : ''}
      </p>

      <div className="progress-block">
        <div className="progress-caption">
          <span>Overall</span>
          <span>
            {progress ? `${formatBytes(progress.bytesDone)} of ${formatBytes(progress.bytesTotal)}` : '—'}
          </span>
        </div>
        <ProgressBar
          label="Overall progress"
          value={progress?.bytesDone ?? 0}
          max={progress?.bytesTotal ?? 0}
        />
      </div>

      <div className="progress-block">
        <div className="progress-caption">
          <span className="progress-file" title={file?.path}>
            {file ? file.path : 'Current file'}
          </span>
          <span>
            {file
              ? `${formatBytes(file.bytesDone)} of ${formatBytes(file.bytesTotal)} · ${formatCount(file.records)} records`
              : '—'}
          </span>
        </div>
        <ProgressBar label="Current file progress" value={file?.bytesDone ?? 0} max={file?.bytesTotal ?? 0} />
      </div>

      <dl className="stat-row">
        <div>
          <dt>Records read</dt>
          <dd>{formatCount(progress?.recordsDone ?? 0)}</dd>
        </div>
        <div>
          <dt>Files</dt>
          <dd>
            {formatCount(progress?.filesDone ?? 0)} of {formatCount(progress?.filesTotal ?? 0)}
          </dd>
        </div>
        <div>
          <dt>Elapsed</dt>
          <dd>{formatDuration(progress?.elapsedMs ?? 0)}</dd>
        </div>
        <div>
          <dt>Remaining</dt>
          <dd>{remaining === null ? 'estimating…' : `about ${formatDuration(remaining)}`}</dd>
        </div>
      </dl>

      <div className="button-row">
        <button type="button" className="button" onClick={onCancel} disabled={cancelling}>
          {cancelling ? 'Cancelling…' : 'Cancel import'}
        </button>
        <span className="muted">Cancelling leaves your library exactly as it was.</span>
      </div>
    </section>
  );
}
