/**
 * The opt-out checklist as data: steps written in our own words from docs/x-policy-and-optout.md,
 * tailored per archive, with the user's progress.
 */
import type { FactId, Source, SourceId } from '../exposure/facts';
import type { Certainty } from '../model/kinds';
import type { RightsOffer } from './rights/letter';

export const STEP_STATUSES = ['todo', 'done', 'skipped', 'notApplicable'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** A source from the facts data (shared/exposure/facts/sources), with its id. */
export type SourceRef = Source & { id: SourceId };

/** One setting or page on X, as the user finds it. */
export interface SettingPath {
  /** The label as X shows it (quoted exactly when we have X's own wording). */
  label: string;
  /** Menu path on x.com in a browser, outermost first. */
  web: string[];
  /** Direct address on x.com, when known. */
  url: string | null;
  /** Menu path in the X app on a phone, outermost first; null when not documented. */
  mobile: string[] | null;
  /** What to do there, in one sentence. */
  action: string;
}

export const STEP_IDS = [
  'grokDataSharing',
  'businessPartners',
  'grokHistory',
  'protectPosts',
  'personalization',
  'deletePostsLikes',
  'bookmarks',
  'euRights',
  'grokPersonalization',
  'grokCom',
  'grokImageEdits',
  'leaveX',
  'freshArchive',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface ChecklistStep {
  id: StepId;
  title: string;
  /** Why it matters, in two or three plain sentences. */
  why: string;
  settings: SettingPath[];
  covers: string[];
  doesNotCover: string[];
  /** What we could not confirm; shown marked "uncertain". Empty when everything is sourced. */
  uncertain: string[];
  certainty: Certainty;
  /** The facts this step rests on (ids in the facts data). */
  facts: FactId[];
  sources: SourceRef[];
  /** Date of the newest evidence this step rests on. */
  evidenceDate: string;
  /** Only for people in these regions; null = everyone. */
  region: 'EU/EEA/UK/CH' | null;
  /** A place in this app that helps with the step. */
  appLink: { view: 'browse'; label: string } | null;
}

export interface Caveat {
  title: string;
  points: string[];
  facts: FactId[];
  sources: SourceRef[];
}

/** What the archive shows that makes a step more or less relevant for this person. */
export type Emphasis = 'high' | 'normal' | 'low';

export interface EuHint {
  source: 'timezone' | 'phone' | 'profileLocation' | 'locationHistory' | 'language' | 'postLanguage';
  /** The value found, e.g. "Europe/Madrid" or "+34". Short; from the archive, render as text. */
  value: string;
  /** Strong hints alone highlight the EU step; weak ones are only listed. */
  strength: 'strong' | 'weak';
}

/** Everything tailoring needs, computed from the archive by the engine side. Plain numbers. */
export interface ChecklistSignals {
  /** Every item in the archive (posts, likes, Grok messages, DMs, ...). */
  totalItems: number;
  /** Items the exposure model rates `high`. */
  highLevelItems: number;
  posts: number;
  likes: number;
  deletedPosts: number;
  communityPosts: number;
  grokMessages: number;
  directMessages: number;
  /** null: the archive has no bookmark file. */
  bookmarks: number | null;
  /** Items with photos or videos. */
  mediaItems: number;
  /** Posts in the Grok channel: public since 2024-05-07, or (uncertain) public only before it. */
  publicPostsSinceCutoff: number;
  /** The account's state as of the archive date; 'assumedPublic' without protected history. */
  accountNow: 'public' | 'protected' | 'assumedPublic';
  euHints: EuHint[];
  /** Inferred interests and demographics present in personalization.js. */
  inferredInterests: number;
  /** Advertisers that reached the account (ad impressions/engagements). */
  advertisers: number;
  archiveGeneratedAt: string | null;
}

export interface StepProgress {
  status: StepStatus;
  /** When the status was last set (UTC ISO); null for untouched steps. */
  updatedAt: string | null;
}

export interface TailoredStep {
  step: ChecklistStep;
  emphasis: Emphasis;
  /** Why this step is emphasised (or not) for this archive, e.g. "Your archive holds 42 Grok messages." */
  tailoring: string[];
  progress: StepProgress;
}

export interface ChecklistView {
  archiveId: string;
  accountId: string;
  steps: TailoredStep[];
  caveat: Caveat;
  totals: Record<StepStatus, number>;
  /** Date the checklist content (the facts data) was last checked against the sources, yyyy-mm-dd. */
  contentAsOf: string;
  /** "Facts checked on 6 Dec 2026". */
  checkedOnLine: string;
  /** The rights the person can use where they live, and the letter drafted for them. */
  rights: RightsOffer;
}
