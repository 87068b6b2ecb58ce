import type { Detector } from './detector';

const NOUNS = { photo: 'photo', video: 'video', animated_gif: 'GIF', other: 'media file' } as const;

/** Photos, videos and GIFs attached to the item. */
export const detectMedia: Detector = (input, found) => {
  if (input.media.length === 0) return;
  const counts = new Map<string, number>();
  for (const m of input.media) counts.set(NOUNS[m.type], (counts.get(NOUNS[m.type]) ?? 0) + 1);
  const evidence = [...counts].map(([noun, n]) => `${n} ${noun}${n > 1 ? 's' : ''}`);
  found.push({
    flag: 'media',
    evidence,
    reason: 'Images and video can show faces, places and other people; they are training data too.',
  });
};
