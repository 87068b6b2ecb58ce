import { addEvidence, type Detector } from './detector';

/** Mentions and replies: the item carries other people's data too. */
export const detectOtherPeople: Detector = (input, found) => {
  if (input.mentions.length === 0 && input.inReplyToStatusId === null) return;
  const evidence: string[] = [];
  if (input.inReplyToStatusId !== null) addEvidence(evidence, `reply to post ${input.inReplyToStatusId}`);
  for (const name of input.mentions) addEvidence(evidence, `@${name}`);
  found.push({
    flag: 'otherPeople',
    evidence,
    reason: 'Mentions and replies tie other people to this item: their data is exposed with yours.',
  });
};
