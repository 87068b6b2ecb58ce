/** Who an item is from, in words: the author of a liked post, Grok or you in a chat, the other person in a DM. */
import type { ItemDetail } from '../../../../shared/model/items';
import { authorFromPostUrl } from '../../../../shared/format/post-url';

export function whoWrote(detail: ItemDetail): string | null {
  switch (detail.kind) {
    case 'like':
    case 'bookmark': {
      const name = authorFromPostUrl(detail.url);
      return name ? `Post by @${name}` : 'Your archive does not say who wrote this post';
    }
    case 'grokMessage':
      if (detail.author === 'Grok') return 'Grok’s answer';
      if (detail.author === 'you') return 'You asked Grok';
      return null;
    case 'directMessage':
      if (detail.author === 'you') return 'Sent by you';
      return detail.author ? `From the account with number ${detail.author}` : null;
    default:
      if (!detail.author) return null;
      return detail.postTypes.includes('repost') ? `Reposted from @${detail.author}` : `by @${detail.author}`;
  }
}
