import type { Detector } from './detector';
import { detectLocation } from './location';
import { detectMedia } from './media';
import { detectOtherPeople } from './other-people';
import { detectSpecialCategories } from './special-categories';

/** Every detector, run in this order on each item; classify sorts the flags into FLAGS order. */
export const DETECTORS: readonly Detector[] = [
  detectLocation,
  detectMedia,
  detectSpecialCategories,
  detectOtherPeople,
];
