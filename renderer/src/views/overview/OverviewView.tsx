import { useEffect } from 'react';
import { ChannelCards } from './ChannelCards';
import { CountTables } from './CountTables';
import { HeadlineSummary } from './HeadlineSummary';
import { MissingDataList } from './MissingDataList';
import { TopSensitiveList } from './TopSensitiveList';
import type { ArchiveViewProps } from '../../app/routes';
import { TimelineChart } from '../../charts/TimelineChart';
import { ErrorNotice } from '../../components/ErrorNotice';
import { KIND_PLURALS } from '../../format/labels';
import { formatDate, formatCount } from '../../format/numbers';
import { useOverview } from '../../stores/overview-store';
import type { ItemKind } from '../../../../shared/model/kinds';
import './overview.css';

/** The archive at a glance: the headline, the channels, counts, the timeline and the top risks. */
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
  const undated = (Object.entries(overview.undated) as Array<[ItemKind, number]>).filter(([, n]) => n > 0);

  return (
    <div className="view overview-view">
      <header className="view-header">
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

      <HeadlineSummary summary={summary} />
      <ChannelCards summary={summary} />

      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Your activity and X’s policy changes</h2>
        <TimelineChart buckets={overview.timeline} />
        {undated.length > 0 && (
          <p className="muted">
            Not on the chart because the archive gives them no date:{' '}
            {undated.map(([kind, n]) => `${formatCount(n)} ${KIND_PLURALS[kind].toLowerCase()}`).join(', ')}.
          </p>
        )}
      </section>

      <CountTables summary={summary} />
      <div className="two-columns">
        <TopSensitiveList archiveId={archiveId} items={overview.topSensitive} />
        <MissingDataList missing={overview.missing} />
      </div>
    </div>
  );
}
