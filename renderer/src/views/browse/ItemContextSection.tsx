import type { ItemDetail } from '../../../../shared/model/items';
import { formatDateTime } from '../../../../shared/format/dates';
import { plural } from '../../../../shared/format/numbers';
import { SafeMarkdown } from '../../components/SafeMarkdown';

/** The item in its surroundings: the Grok chat as a thread, the DM conversation, the addresses of a post's links. */
export function ItemContextSection({ detail }: { detail: ItemDetail }) {
  const { context, links } = detail;
  return (
    <>
      {links && links.length > 0 && (
        <section aria-labelledby="detail-links" className="detail-section">
          <h3 id="detail-links">Where its links lead</h3>
          <ul className="link-list">
            {links.map((link) => (
              <li key={link} className="setting-url">
                {link}
              </li>
            ))}
          </ul>
        </section>
      )}
      {context?.kind === 'conversation' && (
        <section aria-labelledby="detail-conversation" className="detail-section">
          <h3 id="detail-conversation">The conversation</h3>
          <p>
            {context.group
              ? `A group conversation${context.name ? ` called “${context.name}”` : ''} with ${plural(context.others.length, 'other person', 'other people')}`
              : context.others.length > 0
                ? `With the account number ${context.others[0]}`
                : 'With an account the archive does not name'}
            , {plural(context.messages, 'message', 'messages')} in all.
          </p>
          {context.group && context.others.length > 0 && (
            <p className="muted small">Account numbers: {context.others.join(', ')}</p>
          )}
          {context.thread.length > 1 && (
            <ol className="thread" tabIndex={0} aria-label="Messages of this conversation">
              {context.thread.map((m) => (
                <li
                  key={m.id}
                  className={`thread-message ${m.from ? 'from-them' : 'from-you'}${m.id === detail.id ? ' current' : ''}`}
                  aria-current={m.id === detail.id ? 'true' : undefined}
                >
                  <p className="thread-who">
                    {m.from ? `Account ${m.from}` : 'You'}{' '}
                    <span className="muted">{formatDateTime(m.createdAt)}</span>
                  </p>
                  {m.text === null ? (
                    <p className="muted">Text hidden until you show this message.</p>
                  ) : (
                    <p className="detail-text">{m.text}</p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
      {context?.kind === 'grokChat' && (
        <section aria-labelledby="detail-thread" className="detail-section">
          <h3 id="detail-thread">The whole chat ({plural(context.total, 'message', 'messages')})</h3>
          <ol className="thread" tabIndex={0} aria-labelledby="detail-thread">
            {context.messages.map((m) => (
              <li
                key={m.id}
                className={`thread-message ${m.fromGrok ? 'from-grok' : 'from-you'}${m.id === detail.id ? ' current' : ''}`}
                aria-current={m.id === detail.id ? 'true' : undefined}
              >
                <p className="thread-who">
                  {m.fromGrok ? 'Grok' : 'You'} <span className="muted">{formatDateTime(m.createdAt)}</span>
                </p>
                {m.text === null ? (
                  <p className="muted">No text in the archive.</p>
                ) : m.fromGrok ? (
                  <SafeMarkdown text={m.text} />
                ) : (
                  <p className="detail-text">{m.text}</p>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
