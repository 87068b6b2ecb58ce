/** @jsxRuntime automatic */
/** @jsxImportSource react */
/** Title, account and dates, and the headline numbers. */
import { formatCount, formatDate } from '../../format';
import type { ReportModel } from '../../model';

export function CoverSection({ model }: { model: ReportModel }) {
  const { meta, headline } = model;
  const stats: Array<[number, string, boolean]> = [
    [headline.totalItems, 'items in your archive', false],
    [headline.thirdParty, 'within reach of third-party AI training', true],
    [headline.grokTraining, 'can be used to train Grok (X/xAI)', true],
    [headline.openWeb, 'readable by anyone on the open web today', false],
    [headline.high, 'rated high: public and sensitive', true],
    [headline.medium, 'rated medium', false],
  ];
  return (
    <header className="xr-cover xr-keep">
      <p className="xr-kicker">Personal exposure report</p>
      <h1>Your X data and AI training</h1>
      <dl className="xr-meta">
        <dt>Account</dt>
        <dd>
          @<bdi>{meta.username}</bdi> (<bdi>{meta.displayName}</bdi>), account id <bdi>{meta.accountId}</bdi>
        </dd>
        <dt>Archive made</dt>
        <dd>{formatDate(meta.archiveGeneratedAt)}</dd>
        <dt>Report made</dt>
        <dd>
          {formatDate(meta.reportGeneratedAt)} with X Exposure {meta.appVersion}
        </dd>
        {model.options.redactText && (
          <>
            <dt>Redacted</dt>
            <dd>The text of your items is left out of this report.</dd>
          </>
        )}
      </dl>
      <div className="xr-headline">
        {stats.map(([value, label, strong]) => (
          <div key={label} className={strong ? 'xr-stat xr-stat-strong' : 'xr-stat'}>
            <strong>{formatCount(value)}</strong>
            <span>{label}</span>
          </div>
        ))}
      </div>
      <p className="xr-sentence">{headline.sentence}</p>
      {model.warnings.map((w) => (
        <p key={w} className="xr-notice">
          {w}
        </p>
      ))}
    </header>
  );
}
