import { MediaThumbnails } from './MediaThumbnails';
import { listsPhrase } from '../../../../shared/exposure/language/names';
import { ReasonList } from './ReasonList';
import { detailFacts } from './detail-facts';
import { whoWrote } from './item-context';
import { ItemContextSection } from './ItemContextSection';
import { SafeMarkdown } from '../../components/SafeMarkdown';
import { CHANNELS } from '../../../../shared/model/kinds';
import type { ItemDetail } from '../../../../shared/model/items';
import { LevelBadge, VisibilityTag } from '../../components/Badges';
import { OpenOnXButton } from '../../components/OpenOnXButton';
import { ErrorNotice } from '../../components/ErrorNotice';
import { CHANNEL_LABELS, FLAG_LABELS, KIND_LABELS, POST_TYPE_LABELS } from '../../../../shared/format/labels';
import { formatDate, formatDateTime } from '../../../../shared/format/dates';
import { POLICY_DATES } from '../../../../shared/exposure/policy-timeline';
import { useDetail } from '../../stores/detail-store';

/** Everything about one item: its text, media, the channels and flags with reasons and evidence. */
export function DetailPane({ archiveId }: { archiveId: string }) {
  const detail = useDetail((s) => s.detail);
  const loading = useDetail((s) => s.loading);
  const error = useDetail((s) => s.error);
  const close = useDetail((s) => s.close);

  return (
    <aside className="detail-pane" aria-labelledby="detail-title">
      <div className="detail-head">
        <h2 id="detail-title">{detail ? KIND_LABELS[detail.kind] : 'Item'}</h2>
        <button
          type="button"
          className="button subtle small"
          onClick={close}
          aria-label="Close details (Esc)"
        >
          Close
        </button>
      </div>
      {error && <ErrorNotice message={error} />}
      {!detail && loading && <p className="muted">Loading…</p>}
      {detail && <DetailBody archiveId={archiveId} detail={detail} />}
    </aside>
  );
}

function DetailBody({ archiveId, detail }: { archiveId: string; detail: ItemDetail }) {
  const revealed = useDetail((s) => s.revealed);
  const loading = useDetail((s) => s.loading);
  const reveal = useDetail((s) => s.reveal);
  const types = detail.postTypes.filter((t) => t !== 'original');
  const isPrivateMessage = detail.kind === 'directMessage';
  const facts = detailFacts(detail.extra);
  const author = whoWrote(detail);

  return (
    <div className="detail-body">
      <p className="detail-meta">
        {formatDateTime(detail.createdAt)}
        {types.map((t) => (
          <span key={t} className="item-type">
            {POST_TYPE_LABELS[t]}
          </span>
        ))}
        <VisibilityTag visibility={detail.visibility} />
        {author && <span className="muted">{author}</span>}
      </p>
      {detail.deletedAt && (
        <p className="notice notice-info">
          Deleted on {formatDateTime(detail.deletedAt)}, but still in the archive X gave you.
        </p>
      )}

      <section aria-label="Text" className="detail-text-block">
        {isPrivateMessage && !revealed ? (
          <div className="private-cover">
            <p>This is a private message. Its text is hidden so it does not show on screen by accident.</p>
            <button
              type="button"
              className="button"
              disabled={loading}
              onClick={() => void reveal(archiveId)}
            >
              Show message text
            </button>
          </div>
        ) : detail.text === null ? (
          <p className="muted">The archive has no text for this item.</p>
        ) : detail.kind === 'grokMessage' && detail.author === 'Grok' ? (
          <SafeMarkdown text={detail.text} />
        ) : (
          <p className="detail-text">{detail.text}</p>
        )}
      </section>
      {detail.kind === 'like' && (
        <p className="notice notice-info">
          Until {formatDate(POLICY_DATES.likesPrivate)} anyone could see the posts you liked on your profile;
          since then only you can. X gives no date for a like, so the archive cannot say on which side of that
          day it falls.
        </p>
      )}

      <MediaThumbnails archiveId={archiveId} media={detail.media} />
      <ItemContextSection detail={detail} />
      {detail.url && (
        <div className="open-post">
          <OpenOnXButton url={detail.url} label="View on x.com…" what="this post" />
        </div>
      )}

      <section aria-labelledby="detail-level" className="detail-section">
        <h3 id="detail-level">
          Level <LevelBadge level={detail.level} />
        </h3>
        <p>{detail.levelReason}</p>
      </section>

      <section aria-labelledby="detail-channels" className="detail-section">
        <h3 id="detail-channels">Ways it can reach AI training</h3>
        <ul className="channel-verdicts">
          {CHANNELS.map((c) => {
            const verdict = detail.channelReasons[c];
            return (
              <li key={c} className={verdict.inScope ? 'verdict in-scope' : 'verdict out-of-scope'}>
                <span className="verdict-head">
                  <span className="verdict-mark" aria-hidden="true">
                    {verdict.inScope ? '●' : '○'}
                  </span>
                  <strong>{CHANNEL_LABELS[c]}</strong>: {verdict.inScope ? 'yes' : 'no'}
                </span>
                <ReasonList reasons={verdict.reasons} />
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="detail-flags" className="detail-section">
        <h3 id="detail-flags">What it reveals</h3>
        {detail.flagEvidence.length === 0 ? (
          <p className="muted">Nothing sensitive was detected.</p>
        ) : (
          <ul className="flag-evidence">
            {detail.flagEvidence.map((f) => (
              <li key={f.flag}>
                <strong>{FLAG_LABELS[f.flag]}</strong>: {f.reason}
                {f.evidence.length > 0 && (
                  <span className="evidence">
                    {' '}
                    Found:{' '}
                    {f.evidence.map((e, i) => (
                      <q key={i} className="evidence-item">
                        {e}
                      </q>
                    ))}
                    {f.lists && f.lists.length > 0 && (
                      <span className="muted"> (from {listsPhrase(f.lists)})</span>
                    )}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {facts.length > 0 && (
        <section aria-labelledby="detail-extra" className="detail-section">
          <h3 id="detail-extra">More from the archive</h3>
          <dl className="extra-list">
            {facts.map((f) => (
              <div key={f.key}>
                <dt>{f.label}</dt>
                <dd>{f.text}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}
