/** Facts about Twitter Circle posts: a chosen audience, a 2023 bug, and what the archive says of them. */
import type { SourceId } from './sources';
import type { FactInput } from './types';

export const CIRCLE_FACTS = {
  circleAudience: {
    claim:
      'From 30 Aug 2022 Twitter Circle let you post to up to 150 people you chose instead of all your followers. X stopped new Circle posts on 31 Oct 2023; posts made before stay limited to the Circle.',
    date: '2022-08-30',
    sources: ['xCircleHelp2023'],
    strength: 'primary',
    certainty: 'certain',
  },
  circleBug2023: {
    claim:
      'In April 2023 a bug showed some Circle posts to people outside the Circle, in their For You timeline; Twitter confirmed by e-mail that "a security incident may have allowed users outside of your Twitter Circle to see tweets". Which posts were seen, and by whom, is not known.',
    date: '2023-04-10',
    sources: ['techCrunchCircle2023', 'techCrunchCircleConfirmed2023'],
    strength: 'press',
    certainty: 'uncertain',
  },
  circleArchiveUnmarked: {
    claim:
      'Archives made from Nov 2022 to Feb 2023 list Circle posts in a file of their own. Later archives keep them among your other posts with nothing to mark them, so an app reading one cannot tell them apart.',
    date: '2023-03',
    sources: ['circleArchiveIssue'],
    strength: 'secondary',
    certainty: 'certain',
  },
} as const satisfies Record<string, FactInput<SourceId>>;
