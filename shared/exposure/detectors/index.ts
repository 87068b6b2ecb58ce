import type { Detector } from './detector';
import { detectContact } from './contact';
import { detectEmotional } from './emotional';
import { detectFamily } from './family';
import { detectFinance } from './finance';
import { detectLocation } from './location';
import { detectMedia } from './media';
import { detectOtherPeople } from './other-people';
import { detectOwnWords } from './own-words';
import { detectSpecialCategories } from './special-categories';

/** Every detector, run in this order on each item; classify sorts the flags into FLAGS order. */
export const DETECTORS: readonly Detector[] = [
  detectContact,
  detectLocation,
  detectMedia,
  detectSpecialCategories,
  detectFinance,
  detectEmotional,
  detectFamily,
  detectOtherPeople,
  // Last: it adds to the flags the others found.
  detectOwnWords,
];
