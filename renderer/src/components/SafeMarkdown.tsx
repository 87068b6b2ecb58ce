/**
 * Markdown from an archive (Grok's answers), rendered safely: react-markdown builds React elements
 * from the Markdown syntax tree, so no HTML is ever parsed (raw HTML in the text is dropped), no
 * image is loaded (the app is offline: an image shows its description), and a link is text unless it
 * points to x.com, where it opens through the confirm-then-open flow.
 */
import Markdown, { type Components } from 'react-markdown';
import { toSafeXUrl } from '../../../shared/format/post-url';
import { OpenOnXButton } from './OpenOnXButton';

const COMPONENTS: Components = {
  a: ({ href, children }) => {
    const safe = href ? toSafeXUrl(href) : null;
    if (safe)
      return <OpenOnXButton url={safe} label={`${String(children ?? 'Open')} (x.com)…`} what="this page" />;
    return (
      <span className="md-link">
        {children}
        {href && href !== String(children) && <span className="muted"> ({href})</span>}
      </span>
    );
  },
  // A paragraph is a block, not <p>: an x.com link inside one becomes a button with its dialog and
  // error notice, which are blocks themselves and may not sit in a <p>.
  p: ({ children }) => <div className="md-paragraph">{children}</div>,
  img: ({ alt }) => <span className="muted">[image{alt ? `: ${alt}` : ''}]</span>,
};

export function SafeMarkdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <Markdown skipHtml components={COMPONENTS}>
        {text}
      </Markdown>
    </div>
  );
}
