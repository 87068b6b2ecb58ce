import { describe, expect, it } from 'vitest';
import { detailFacts } from '../../renderer/src/views/browse/detail-facts';

describe("the detail pane's extra details", () => {
  it('labels the details a person can use and hides raw ids', () => {
    const facts = detailFacts({
      lang: 'de',
      app: 'Twitter Web App',
      likesReceived: 1200,
      inReplyToStatusId: '1790000000000000000',
      inReplyToUser: 'alice',
      quotedStatusId: null,
      editOf: '1790000000000000001',
      longPostNoteId: null,
      latitude: 52.52,
      longitude: 13.405,
      tweetId: '1790000000000000002',
      chatId: 'abc123',
      somethingNew: 'x',
    });
    expect(facts.map((f) => [f.label, f.text])).toEqual([
      ['In reply to', '@alice'],
      ['Edited', 'This is an edited version of an earlier post.'],
      ['Language', 'German'],
      ['Posted with', 'Twitter Web App'],
      ['Likes it got', '1,200'],
      ['Exact location', '52.5200, 13.4050'],
    ]);
    expect(JSON.stringify(facts)).not.toMatch(/1790000|abc123|somethingNew/);
  });
});
