/**
 * Tailors the checklist to one archive: which steps matter most for this person and why, plus their
 * saved progress. Pure: the engine side gathers the signals and the stored progress.
 */
import { factsCheckedLine } from '../exposure/facts';
import { CANNOT_UNDO } from './caveat';
import { rightsOffer, type RightsOffer } from './rights/letter';
import { residenceFromHints, type Residence } from './rights/residence';
import { CHECKLIST_CONTENT_AS_OF, CHECKLIST_STEPS } from './steps';
import {
  STEP_STATUSES,
  type ChecklistSignals,
  type ChecklistStep,
  type ChecklistView,
  type Emphasis,
  type EuHint,
  type StepId,
  type StepProgress,
  type StepStatus,
} from './types';

interface Tailoring {
  emphasis: Emphasis;
  tailoring: string[];
}

const n = (count: number): string => count.toLocaleString('en-US');
const plural = (count: number, one: string, many: string): string =>
  `${n(count)} ${count === 1 ? one : many}`;

const EU_HINT_LABELS: Record<EuHint['source'], string> = {
  timezone: 'Time zone set on your account',
  phone: 'Country code of your phone number',
  profileLocation: 'Location in your profile',
  locationHistory: 'A place in the location history X keeps',
  language: 'A language X associates with you',
  postLanguage: 'Language of some of your posts',
};

function accountStateLine(s: ChecklistSignals): string {
  if (s.accountNow === 'protected') return 'Your account was protected when the archive was made.';
  if (s.accountNow === 'public') return 'Your account was public when the archive was made.';
  return 'Your archive has no protect/unprotect history, so the app assumes your account is public.';
}

const RULES: Record<StepId, (s: ChecklistSignals) => Tailoring> = {
  grokDataSharing: (s) => {
    const lines: string[] = [];
    if (s.publicPostsSinceCutoff > 0)
      lines.push(
        `${plural(s.publicPostsSinceCutoff, 'post', 'posts')} may be used to train Grok (public since 7 May 2024, or possibly earlier).`,
      );
    if (s.grokMessages > 0)
      lines.push(`Your archive holds ${plural(s.grokMessages, 'Grok message', 'Grok messages')}.`);
    return { emphasis: lines.length > 0 ? 'high' : 'normal', tailoring: lines };
  },
  businessPartners: (s) => ({
    emphasis: 'high',
    tailoring: [
      `All ${plural(s.totalItems, 'item', 'items')} in your archive fall under the third-party clause.`,
    ],
  }),
  grokHistory: (s) =>
    s.grokMessages > 0
      ? {
          emphasis: 'high',
          tailoring: [`Your archive holds ${plural(s.grokMessages, 'Grok message', 'Grok messages')}.`],
        }
      : {
          emphasis: 'low',
          tailoring: [
            'Your archive holds no Grok conversations. If you never used Grok on X, mark this not applicable.',
          ],
        },
  protectPosts: (s) => {
    const posts = s.posts + s.communityPosts;
    if (s.accountNow === 'protected')
      return { emphasis: 'low', tailoring: [accountStateLine(s), 'Check that it still is.'] };
    return {
      emphasis: posts > 0 ? 'high' : 'normal',
      tailoring: [accountStateLine(s), `Your archive holds ${plural(posts, 'post', 'posts')}.`],
    };
  },
  personalization: (s) => {
    const lines: string[] = [];
    if (s.inferredInterests > 0)
      lines.push(
        `X inferred ${plural(s.inferredInterests, 'interest or trait', 'interests and traits')} about you.`,
      );
    if (s.advertisers > 0)
      lines.push(`${plural(s.advertisers, 'advertiser', 'advertisers')} reached you through X.`);
    return { emphasis: 'normal', tailoring: lines };
  },
  deletePostsLikes: (s) => {
    const lines = [
      `Your archive holds ${plural(s.posts, 'post', 'posts')} and ${plural(s.likes, 'like', 'likes')}.`,
    ];
    if (s.highLevelItems > 0)
      lines.push(`${plural(s.highLevelItems, 'item is', 'items are')} rated high: start with those.`);
    if (s.deletedPosts > 0)
      lines.push(
        `${plural(s.deletedPosts, 'post you deleted is', 'posts you deleted are')} still in the archive.`,
      );
    return { emphasis: s.highLevelItems > 0 ? 'high' : 'normal', tailoring: lines };
  },
  bookmarks: (s) =>
    s.bookmarks === null
      ? {
          emphasis: 'normal',
          tailoring: ['Your archive has no bookmark file, so the app cannot show your bookmarks.'],
        }
      : {
          emphasis: 'normal',
          tailoring: [`Your archive lists ${plural(s.bookmarks, 'bookmark', 'bookmarks')}.`],
        },
  euRights: (s) => {
    if (s.euHints.length === 0)
      return {
        emphasis: 'low',
        tailoring: [
          'Nothing in your archive suggests you live in the EU, EEA, UK or Switzerland. If you do, this step applies to you.',
        ],
      };
    const strong = s.euHints.some((h) => h.strength === 'strong');
    return {
      emphasis: strong ? 'high' : 'normal',
      tailoring: [
        strong
          ? 'Your archive suggests you may live in the EU, EEA, UK or Switzerland:'
          : 'Your archive has weak hints that you may live in the EU, EEA, UK or Switzerland:',
        ...s.euHints.map((h) => `${EU_HINT_LABELS[h.source]}: ${h.value}`),
      ],
    };
  },
  grokPersonalization: (s) =>
    s.posts + s.likes > 0
      ? {
          emphasis: 'normal',
          tailoring: [
            `X could share your profile and engagement (${plural(s.likes, 'like', 'likes')}, ${plural(s.posts, 'post', 'posts')}) with xAI to personalise Grok.`,
          ],
        }
      : { emphasis: 'low', tailoring: [] },
  grokImageEdits: (s) => ({
    emphasis: 'normal',
    tailoring:
      s.mediaItems > 0
        ? [`Your archive holds ${plural(s.mediaItems, 'item', 'items')} with photos or videos.`]
        : [],
  }),
  grokCom: (s) =>
    s.grokMessages > 0
      ? {
          emphasis: 'normal',
          tailoring: ['You have used Grok on X; check grok.com too if you use it there.'],
        }
      : { emphasis: 'low', tailoring: [] },
  leaveX: () => ({ emphasis: 'normal', tailoring: [] }),
  freshArchive: (s) => ({
    emphasis: 'normal',
    tailoring: s.archiveGeneratedAt ? [`This archive was made on ${s.archiveGeneratedAt.slice(0, 10)}.`] : [],
  }),
};

export function tailorStep(step: ChecklistStep, signals: ChecklistSignals): Tailoring {
  return RULES[step.id](signals);
}

const UNTOUCHED: StepProgress = { status: 'todo', updatedAt: null };

export interface TailorInput {
  archiveId: string;
  accountId: string;
  signals: ChecklistSignals;
  progress: Partial<Record<StepId, StepProgress>>;
  /** For the drafted rights letter; without it the letter names only the account id. */
  account?: { username: string; displayName: string };
  /** The person's own answer to "where do you live?", kept per account; null until they answer. */
  residence?: Residence | null;
  /** yyyy-mm-dd, the date on the drafted letter. */
  today?: string;
}

function rightsFor(input: TailorInput) {
  const answer = input.residence ?? null;
  const guess = answer ? null : residenceFromHints(input.signals.euHints);
  return rightsOffer({
    residence: answer ?? guess,
    residenceSource: answer ? 'answer' : guess ? 'hints' : null,
    account: { username: '', displayName: '', ...input.account, accountId: input.accountId },
    signals: input.signals,
    date: input.today ?? new Date().toISOString().slice(0, 10),
  });
}

/** The rights step follows where the person lives, once they have said (or the archive strongly suggests). */
function rightsTailoring(base: Tailoring, rights: RightsOffer): Tailoring {
  if (rights.residence === null) return base;
  const lines = [rights.summary, ...(rights.noRight ? [rights.noRight] : [])];
  if (rights.residenceSource === 'hints') lines.push(...base.tailoring.slice(1));
  const emphasis: Emphasis =
    rights.letter === null ? 'low' : rights.residence === 'california' ? 'normal' : 'high';
  return { emphasis, tailoring: lines };
}

export function tailorChecklist(input: TailorInput): ChecklistView {
  const rights = rightsFor(input);
  const steps = CHECKLIST_STEPS.map((step) => {
    const base = tailorStep(step, input.signals);
    return {
      step,
      ...(step.id === 'euRights' ? rightsTailoring(base, rights) : base),
      progress: input.progress[step.id] ?? UNTOUCHED,
    };
  });
  const totals = Object.fromEntries(STEP_STATUSES.map((s) => [s, 0])) as Record<StepStatus, number>;
  for (const s of steps) totals[s.progress.status] += 1;
  return {
    archiveId: input.archiveId,
    accountId: input.accountId,
    steps,
    caveat: CANNOT_UNDO,
    totals,
    contentAsOf: CHECKLIST_CONTENT_AS_OF,
    checkedOnLine: factsCheckedLine(CHECKLIST_CONTENT_AS_OF),
    rights,
  };
}
