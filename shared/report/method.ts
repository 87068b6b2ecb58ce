/** The report's method section: how items were classified, in plain words, and the sources. */
export const METHOD_PARAGRAPHS: string[] = [
  'X Exposure read your archive on your own computer; nothing was sent anywhere. Each post, reply, ' +
    'repost, quote, community post, deleted post, like, bookmark, Grok message and direct message was ' +
    'checked against fixed rules, and every rule rests on a dated policy fact listed below.',
  'Channels. Each item is counted under each of the three channels explained above whose rules it meets; ' +
    'an item counted with an "uncertain" reason is shown as such wherever it appears in the app.',
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
