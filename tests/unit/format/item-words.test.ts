import { describe, expect, it } from 'vitest';
import { authorFromPostUrl } from '../../../shared/format/post-url';
import { dataTypeLabel } from '../../../shared/format/data-types';

describe('plain words for archive details', () => {
  it.each([
    ['https://twitter.com/jack/status/20', 'jack'],
    ['https://x.com/i/web/status/1387937788209766404', null],
    ['https://evil.example/jack/status/20', null],
    [null, null],
  ])('the author of %s is %s', (url, name) => {
    expect(authorFromPostUrl(url)).toBe(name);
  });

  it.each([
    ['deletedTweets', 'Deleted posts'],
    ['directMessagesGroup', 'Group direct messages'],
    ['periscopeBroadcastMetadata', 'Periscope broadcast metadata'],
    ['spaces-metadata', 'Spaces metadata'],
    ['', 'Other data'],
  ])('data type %s reads "%s"', (type, label) => {
    expect(dataTypeLabel(type)).toBe(label);
  });
});
