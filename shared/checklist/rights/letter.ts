/**
 * The rights a person can use, by where they live, and the letter the app drafts for them from their
 * archive. Addresses are only those X's privacy policy names (fact xPrivacyContact); the legal bases are
 * only those the facts data sources. The app never sends anything: the person copies or saves the letter.
 */
import type { FactId } from '../../exposure/facts';
import { formatCount } from '../../format/numbers';
import { formatDate } from '../../format/dates';
import type { ChecklistSignals } from '../types';
import { RESIDENCE_LABELS, type Residence } from './residence';

export interface RightsAccount {
  username: string;
  displayName: string;
  accountId: string;
}

export interface RightsLetter {
  /** The law the letter rests on, e.g. "GDPR, Articles 21 and 17". */
  law: string;
  /** Who to send it to, as X's privacy policy names them, one line each. */
  addressee: string[];
  /** How to send it. */
  sendBy: string[];
  subject: string;
  /** The letter itself, plain text with blank lines between paragraphs. */
  body: string;
}

export interface RightsOffer {
  residence: Residence | null;
  /** 'answer': the person said so; 'hints': a guess from the archive; null: unknown, ask. */
  residenceSource: 'answer' | 'hints' | null;
  /** "You told the app you live in the United Kingdom." and what that means. */
  summary: string;
  letter: RightsLetter | null;
  /** Said plainly when no legal right to object is known for the region. */
  noRight: string | null;
  facts: FactId[];
}

const EU_CONTROLLER = [
  'X Internet Unlimited Company',
  'Attn: Data Protection Officer',
  'One Cumberland Place, Fenian Street',
  'Dublin 2, D02 AX07',
  'Ireland',
];
const US_CONTROLLER = ['X Corp.', '865 FM 1209, Building 2', 'Bastrop, TX 78602', 'USA'];
const PRIVACY_FORM = 'X’s privacy form, help.x.com/forms/privacy (paste the letter in the free-text box)';

/** What the archive shows X holds, in plain words with counts: the categories the letter names. */
export function archiveCategories(s: ChecklistSignals): string[] {
  const rows: Array<[number | null, string]> = [
    [s.posts, 'posts, replies and reposts'],
    [s.communityPosts, 'Community posts'],
    [s.deletedPosts, 'deleted posts X still holds'],
    [s.likes, 'likes'],
    [s.bookmarks, 'bookmarks'],
    [s.grokMessages, 'messages with Grok'],
    [s.directMessages, 'direct messages'],
    [s.inferredInterests, 'interests and traits X inferred about me'],
    [s.advertisers, 'advertisers that reached me through X'],
  ];
  return rows.flatMap(([n, what]) => (n && n > 0 ? [`${formatCount(n)} ${what}`] : []));
}

/** Names from the archive on one line: no control characters or line breaks inside the letter's own lines. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

function who(account: RightsAccount): string {
  return `I hold the X account @${oneLine(account.username)} (${oneLine(account.displayName)}), account id ${oneLine(account.accountId)}.`;
}

function listed(categories: string[]): string {
  return categories.length > 0
    ? `My X data archive shows that you hold, among other data: ${categories.join('; ')}.`
    : 'This covers all the personal data you hold about me.';
}

function signed(account: RightsAccount, date: string): string {
  return `Yours faithfully,\n${oneLine(account.displayName) || `@${oneLine(account.username)}`}\n${formatDate(date)}`;
}

function gdprLetter(law: 'GDPR' | 'UK GDPR', account: RightsAccount, categories: string[], date: string) {
  const body = [
    'Dear Data Protection Officer,',
    who(account),
    `1. Objection (${law}, Article 21(1)). I object to the processing of my personal data to train, ` +
      'fine-tune or otherwise develop artificial intelligence models: by X, by its affiliates including ' +
      'xAI, and by any third party X shares my data with (the "third-party collaborators" of your ' +
      `privacy policy). ${listed(categories)} Where this processing rests on legitimate interests, ` +
      'please stop it unless you demonstrate compelling legitimate grounds which override my interests, ' +
      'rights and freedoms.',
    `2. Erasure (${law}, Article 17(1)(c)). Following this objection, please erase the personal data of ` +
      'mine you have processed for these purposes, including data already shared with affiliates or ' +
      'third parties for AI training, and tell each recipient of this request (Article 19).',
    '3. Please tell me, within one month (Article 12(3)), what you have done, which recipients received ' +
      'my data for AI training, and whether it was used to train models already in use.',
    signed(account, date),
  ].join('\n\n');
  return {
    law: `${law}, Articles 21 and 17`,
    addressee: EU_CONTROLLER,
    sendBy: [PRIVACY_FORM, 'or by post to the address above'],
    subject: `Objection to AI training (${law} Article 21) and request for erasure (Article 17)`,
    body,
  };
}

function swissLetter(account: RightsAccount, categories: string[], date: string): RightsLetter {
  const body = [
    'Dear Data Protection Officer,',
    who(account),
    'I expressly object to the processing of my personal data to train, fine-tune or otherwise develop ' +
      'artificial intelligence models, by X, its affiliates including xAI, and any third party X shares my ' +
      'data with. Under the Federal Act on Data Protection (FADP), processing personal data against the ' +
      'express declaration of intent of the person concerned violates their privacy (Art. 30 para. 2 let. b) ' +
      `and is unlawful unless it is justified (Art. 31). ${listed(categories)} Please stop this processing ` +
      'and delete the personal data of mine you have processed for these purposes; these are the claims ' +
      'Art. 32 lets me bring before a court.',
    'Under Art. 25, please tell me which personal data of mine you process for these purposes, and to ' +
      'which recipients you have disclosed it for AI training, and confirm in writing what you have done.',
    signed(account, date),
  ].join('\n\n');
  return {
    law: 'Swiss Federal Act on Data Protection, Art. 30 para. 2 let. b, Art. 25 and 32',
    addressee: EU_CONTROLLER,
    sendBy: [PRIVACY_FORM, 'or by post to the address above'],
    subject: 'Objection to the use of my personal data for AI training, and request for information',
    body,
  };
}

function californiaLetter(account: RightsAccount, categories: string[], date: string): RightsLetter {
  const body = [
    'Dear X Privacy team,',
    who(account),
    'Under the California Consumer Privacy Act (Civil Code §1798.110), please tell me the categories and ' +
      'specific pieces of personal information you have collected about me, the purposes for which you ' +
      'collect and use it, and the categories of third parties you have disclosed it to, including for ' +
      `training artificial intelligence models. ${listed(categories)}`,
    'Under Civil Code §1798.105, please delete the personal information you have collected from me, and ' +
      'tell your service providers and contractors, and any third party you sold or shared it with, to ' +
      'delete it too.',
    'If disclosing my personal information to others to train artificial intelligence models is a sale ' +
      'or sharing of it under the Act, I opt out of that (Civil Code §1798.120). I understand the Act may ' +
      'not treat it so; please tell me how you treat it.',
    signed(account, date),
  ].join('\n\n');
  return {
    law: 'California Consumer Privacy Act, §1798.110, §1798.105 and §1798.120',
    addressee: US_CONTROLLER,
    sendBy: [PRIVACY_FORM, 'or by post to the address above'],
    subject: 'CCPA request to know, request to delete, and opt-out of sale or sharing',
    body,
  };
}

function canadaLetter(account: RightsAccount, categories: string[], date: string): RightsLetter {
  const body = [
    'Dear X Privacy team,',
    who(account),
    'Under the Personal Information Protection and Electronic Documents Act (Schedule 1, Principle 4.3.8), ' +
      'I withdraw my consent to the use and disclosure of my personal information to train, fine-tune or ' +
      'otherwise develop artificial intelligence models, by X, its affiliates including xAI, and any third ' +
      `party. ${listed(categories)} Principle 4.3.8 asks you to tell me what this withdrawal means for my use of X.`,
    'Under Principle 4.9, please also tell me how my personal information has been used, including for AI ' +
      'training, and to which third parties it has been disclosed. Section 8 of the Act asks you to answer ' +
      'within 30 days.',
    signed(account, date),
  ].join('\n\n');
  return {
    law: 'PIPEDA, Schedule 1, Principles 4.3.8 and 4.9',
    addressee: US_CONTROLLER,
    sendBy: [PRIVACY_FORM, 'or by post to the address above'],
    subject:
      'Withdrawal of consent to the use of my personal information for AI training, and request for access',
    body,
  };
}

const FACTS_BY_RESIDENCE: Record<Residence, FactId[]> = {
  eu: ['gdprObjection', 'xPrivacyContact', 'noObjectionForm'],
  uk: ['gdprObjection', 'xPrivacyContact', 'noObjectionForm'],
  ch: ['swissObjection', 'xPrivacyContact', 'noObjectionForm'],
  california: ['ccpaRights', 'xPrivacyContact'],
  canada: ['pipedaConsent', 'xPrivacyContact'],
  elsewhere: ['xPrivacyContact'],
};

const MEANS: Record<Residence, string> = {
  eu: 'The GDPR lets you object to AI training based on "legitimate interests" and ask for erasure.',
  uk: 'The UK GDPR lets you object to AI training based on "legitimate interests" and ask for erasure.',
  ch:
    'Swiss law says using your data after you have clearly objected breaks your privacy unless X has a ' +
    'reason the law accepts, such as an interest that outweighs yours (FADP Art. 30 and 31). Whether X’s ' +
    'reasons for AI training would count is not known: no court has decided it, and the Swiss regulator ' +
    'accepted X’s settings switch as the way to object.',
  california:
    'No legal right to object to AI training as such is known for California. The CCPA lets you ask X ' +
    'what it holds about you, have it delete what it collected from you (with exceptions the law allows), ' +
    'and stop it selling or sharing your information; whether giving your data to others to train AI ' +
    'counts as selling or sharing is not settled.',
  canada:
    'Canadian privacy law (PIPEDA) lets you withdraw your consent, subject to legal or contractual limits ' +
    'and reasonable notice, and ask X how your data was used and who received it. Canada’s Privacy ' +
    'Commissioner is investigating X’s use of personal data to train AI and has not decided yet.',
  elsewhere: '',
};

export const NO_RIGHT_KNOWN =
  'No legal right to object to AI training is known for your region. You can still turn off the ' +
  'settings in the steps above, and ask X questions through its privacy form (help.x.com/forms/privacy).';

export interface RightsInput {
  residence: Residence | null;
  residenceSource: 'answer' | 'hints' | null;
  account: RightsAccount;
  signals: ChecklistSignals;
  /** yyyy-mm-dd: the date the letter carries. */
  date: string;
}

export function rightsOffer(input: RightsInput): RightsOffer {
  const { residence, residenceSource, account, signals, date } = input;
  if (residence === null)
    return {
      residence,
      residenceSource,
      summary: 'Where do you live? Your answer decides which rights the app can draft a letter for.',
      letter: null,
      noRight: null,
      facts: ['gdprObjection', 'swissObjection', 'ccpaRights', 'pipedaConsent'],
    };
  const place = RESIDENCE_LABELS[residence].replace(/^In /, 'in ').replace(/^Somewhere else$/, 'elsewhere');
  const said =
    residenceSource === 'answer'
      ? `You told the app you live ${place}.`
      : `Your archive suggests you may live ${place}; tell the app if that is wrong.`;
  const categories = archiveCategories(signals);
  const letter =
    residence === 'eu'
      ? gdprLetter('GDPR', account, categories, date)
      : residence === 'uk'
        ? gdprLetter('UK GDPR', account, categories, date)
        : residence === 'ch'
          ? swissLetter(account, categories, date)
          : residence === 'california'
            ? californiaLetter(account, categories, date)
            : residence === 'canada'
              ? canadaLetter(account, categories, date)
              : null;
  return {
    residence,
    residenceSource,
    summary: [said, MEANS[residence]].filter(Boolean).join(' '),
    letter,
    noRight: letter ? null : NO_RIGHT_KNOWN,
    facts: FACTS_BY_RESIDENCE[residence],
  };
}

/** The letter as one plain-text file: addressee, subject, body. */
export function letterText(letter: RightsLetter): string {
  return `${letter.addressee.join('\n')}\n\nSubject: ${letter.subject}\n\n${letter.body}\n`;
}
