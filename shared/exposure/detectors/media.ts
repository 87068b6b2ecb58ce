import type { Detector } from './detector';

const KINDS = ['photo', 'video', 'animated_gif', 'other'] as const;
const NOUNS = ['photo', 'video', 'GIF', 'media file'];

/** Photos, videos and GIFs attached to the item. */
export const detectMedia: Detector = (input, found) => {
  const media = input.media;
  if (media.length === 0) return;
  const evidence: string[] = [];
  KINDS.forEach((kind, i) => {
    let n = 0;
    for (const m of media) if (m.type === kind) n++;
    if (n > 0) evidence.push(`${n} ${NOUNS[i]}${n > 1 ? 's' : ''}`);
  });
  found.push({
    flag: 'media',
    evidence,
    reason: 'Images and video can show faces, places and other people; they are training data too.',
  });
};
