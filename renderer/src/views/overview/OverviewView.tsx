import { useEffect } from 'react';
import { CountTables } from './CountTables';
import { DoorsExplained } from './DoorsExplained';
import { MissingDataList } from './MissingDataList';
import { LanguageCoverageNote } from './LanguageCoverageNote';
import { OverviewAnswer } from './OverviewAnswer';
import { OwnWordsPendingNotice } from './OwnWordsPendingNotice';
import { TimelineCard } from './TimelineCard';
import type { ArchiveViewProps } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../../../shared/format/dates';
import { useOverview } from '../../stores/overview-store';
import { FACTS_CHECKED_ON, factsCheckedLine } from '../../../../shared/exposure/facts';
import './overview.css';

/** The archive at a glance: the answer and the next step first, then the numbers behind it. */
export function OverviewView({ archiveId }: ArchiveViewProps) {
  const overview = useOverview((s) => s.byArchive[archiveId]);
  const error = useOverview((s) => s.errors[archiveId]);
  const load = useOverview((s) => s.load);

  useEffect(() => {
    void load(archiveId);
  }, [archiveId, load]);

  if (error) {
    return (
      <div className="view">
        <h1>Overview</h1>
        <ErrorNotice message={error} onRetry={() => void load(archiveId, true)} />
      </div>
    );
  }
  if (!overview) {
    return (
      <div className="view" aria-busy="true">
        <h1>Overview</h1>
        <p className="muted">Loading the overview…</p>
      </div>
    );
  }

  const { summary } = overview;
  return (
    <div className="view overview-view">
      <header className="view-header compact">
        <h1>
          <bdi>{summary.account.displayName || summary.account.username}</bdi>{' '}
          <span className="muted">
            @<bdi>{summary.account.username}</bdi>
          </span>
        </h1>
        <p className="muted">
          Archive made {summary.generatedAt ? formatDate(summary.generatedAt) : 'on an unknown date'} ·
          imported {formatDate(summary.importedAt)}
          {summary.partial && <span className="tag tag-warn">partly imported</span>}
        </p>
      </header>

      <OwnWordsPendingNotice archiveId={archiveId} pending={overview.ownWordsPending} />
      <OverviewAnswer summary={summary} top={overview.topSensitive} />
      <TimelineCard archiveId={archiveId} overview={overview} />
      <CountTables summary={summary} />
      <div className="two-columns">
        <DoorsExplained />
        <MissingDataList missing={overview.missing} />
      </div>
      <LanguageCoverageNote coverage={summary.exposure.coverage} />
      <footer className="muted facts-checked">{factsCheckedLine(FACTS_CHECKED_ON)}.</footer>
    </div>
  );
}
