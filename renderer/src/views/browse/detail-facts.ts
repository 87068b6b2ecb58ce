/**
 * The archive's extra details of an item, in words. The engine names them as it stores them
 * (`inReplyToUser`, `likesReceived`...); a person reads a label and a plain value. Ids that mean
 * nothing to a person (a post id, a chat id) are not shown; details not listed here are hidden.
 */
import type { ItemDetail } from '../../../../shared/model/items';
import { formatCount } from '../../../../shared/format/numbers';

type Value = ItemDetail['extra'][string];

interface Fact {
  label: string;
  /** Plain text for the value; null hides the line. */
  text(value: Value, extra: ItemDetail['extra']): string | null;
}

const asCount = (v: Value) => (typeof v === 'number' ? formatCount(v) : null);
const asText = (v: Value) => (v === null || v === '' ? null : String(v));
const yes = (said: string) => (v: Value) => (v === null || v === false || v === '' ? null : said);

const LANGUAGE_NAMES =
  typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'language' }) : null;

function languageName(v: Value): string | null {
  if (typeof v !== 'string' || v === '' || v === 'und' || v === 'zxx' || v === 'qme' || v === 'qam')
    return null;
  try {
    return LANGUAGE_NAMES?.of(v) ?? v;
  } catch {
    return null;
  }
}

const FACTS: Record<string, Fact> = {
  inReplyToUser: { label: 'In reply to', text: (v) => (v ? `@${String(v)}` : null) },
  inReplyToStatusId: {
    label: 'In reply to',
    // Said only when the author is unknown; otherwise "In reply to @name" says it.
    text: (v, extra) => (v && !extra.inReplyToUser ? 'another post' : null),
  },
  quotedStatusId: { label: 'Quotes', text: yes('another post') },
  editOf: { label: 'Edited', text: yes('This is an edited version of an earlier post.') },
  latestVersion: { label: 'Edited later', text: yes('You edited this post afterwards.') },
  longPostNoteId: { label: 'Long post', text: yes('Longer than the usual limit.') },
  lang: { label: 'Language', text: languageName },
  app: { label: 'Posted with', text: asText },
  likesReceived: { label: 'Likes it got', text: asCount },
  repostsReceived: { label: 'Reposts it got', text: asCount },
  place: { label: 'Place', text: asText },
  latitude: {
    label: 'Exact location',
    text: (v, extra) =>
      typeof v === 'number' && typeof extra.longitude === 'number'
        ? `${v.toFixed(4)}, ${extra.longitude.toFixed(4)}`
        : null,
  },
  hashtags: { label: 'Hashtags', text: asText },
  communityId: { label: 'Community', text: yes('Posted in a community') },
  mode: { label: 'Grok mode', text: asText },
  recipientId: { label: 'Sent to', text: (v) => (v ? `the account with number ${String(v)}` : null) },
};

/** The extra details worth a person's attention, labelled, in a stable order. */
export function detailFacts(extra: ItemDetail['extra']): Array<{ key: string; label: string; text: string }> {
  return Object.entries(FACTS).flatMap(([key, fact]) => {
    if (!(key in extra)) return [];
    const text = fact.text(extra[key] ?? null, extra);
    return text === null ? [] : [{ key, label: fact.label, text }];
  });
}
