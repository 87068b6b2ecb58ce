/** The report's method section: how items were classified, in plain words, and the sources. */
import type { ChecklistView, SourceRef } from '../checklist/types';

export const METHOD_PARAGRAPHS: string[] = [
  'X Exposure read your archive on your own computer; nothing was sent anywhere. Each post, reply, ' +
    'repost, quote, community post, deleted post, like, bookmark, Grok message and direct message was ' +
    'checked against fixed rules, and every rule rests on a dated policy fact listed below.',
  'Channels. Every item X holds is within reach of third-party collaborators. An item is counted for ' +
    'Grok/xAI training when it is a Grok message, or a post that was public at some time since 7 May 2024 ' +
    '(a deleted post only if that was before it was deleted). Likes, bookmarks and direct messages are not ' +
    'public data. An item is counted for the open web when it is a post that is still up and the account ' +
    'was public when the archive was made.',
  'Visibility. Whether a post was public comes from the protect/unprotect history in the archive. X keeps ' +
    'only about six months of it; without any, the app assumes the account was public, and you can correct ' +
    "this in the app's settings.",
  'Sensitivity. Flags come from patterns and word lists: contact details, location, photos and videos, ' +
    'health, religion, politics, sexuality, ethnicity, trade union, financial identifiers, strong ' +
    'emotion, family members and other people. They can miss things and can flag harmless text: treat ' +
    'them as pointers, not verdicts.',
  'Facts marked "uncertain" are not confirmed by X or by a regulator. They are shown so you can judge ' +
    'them, never as established fact.',
];

/** Every source the checklist and the caveat cite, once each, newest first. */
export function collectSources(view: ChecklistView): SourceRef[] {
  const byTag = new Map<string, SourceRef>();
  for (const s of [...view.steps.flatMap((t) => t.step.sources), ...view.caveat.sources]) byTag.set(s.tag, s);
  return [...byTag.values()].sort((a, b) => b.date.localeCompare(a.date) || a.tag.localeCompare(b.tag));
}
