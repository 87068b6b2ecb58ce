import { describe, expect, it } from 'vitest';
import {
  archiveCategories,
  letterText,
  NO_RIGHT_KNOWN,
  rightsOffer,
} from '../../../shared/checklist/rights/letter';
import { residenceFromHints, type Residence } from '../../../shared/checklist/rights/residence';
import { tailorChecklist } from '../../../shared/checklist/tailor';
import type { ChecklistSignals, EuHint } from '../../../shared/checklist/types';
import { FACTS, factSources } from '../../../shared/exposure/facts';

const signals: ChecklistSignals = {
  totalItems: 1_760,
  highLevelItems: 3,
  posts: 1_223,
  likes: 500,
  deletedPosts: 4,
  communityPosts: 0,
  grokMessages: 30,
  directMessages: 3,
  bookmarks: null,
  mediaItems: 10,
  publicPostsSinceCutoff: 900,
  accountNow: 'public',
  euHints: [],
  inferredInterests: 12,
  advertisers: 0,
  archiveGeneratedAt: '2026-07-25T10:00:00.000Z',
};
const account = { username: 'ana', displayName: 'Ana', accountId: '52338276' };
const offer = (residence: Residence | null, source: 'answer' | 'hints' | null = 'answer') =>
  rightsOffer({ residence, residenceSource: source, account, signals, date: '2026-12-06' });

describe('rights by where the person lives', () => {
  it.each([
    // [residence, law, first addressee line, words in the letter, fact cited]
    ['eu', 'GDPR, Articles 21 and 17', 'X Internet Unlimited Company', 'Article 21(1)', 'gdprObjection'],
    [
      'uk',
      'UK GDPR, Articles 21 and 17',
      'X Internet Unlimited Company',
      'UK GDPR, Article 21(1)',
      'gdprObjection',
    ],
    [
      'ch',
      'Swiss Federal Act on Data Protection, Art. 30 para. 2 let. b, Art. 25 and 32',
      'X Internet Unlimited Company',
      'Art. 30 para. 2',
      'swissObjection',
    ],
    [
      'california',
      'California Consumer Privacy Act, §1798.110, §1798.105 and §1798.120',
      'X Corp.',
      '§1798.105',
      'ccpaRights',
    ],
    [
      'canada',
      'PIPEDA, Schedule 1, Principles 4.3.8 and 4.9',
      'X Corp.',
      'withdraw my consent',
      'pipedaConsent',
    ],
  ] as const)('%s: a letter under %s to %s', (residence, law, to, words, fact) => {
    const o = offer(residence);
    expect(o.letter?.law).toBe(law);
    expect(o.letter?.addressee[0]).toBe(to);
    expect(o.letter?.body).toContain(words);
    expect(o.noRight).toBeNull();
    expect(o.facts).toContain(fact);
    expect(o.facts).toContain('xPrivacyContact');
  });

  // Every article or section a letter cites is in the title of a source its facts cite, with an address.
  it.each([
    ['ch', ['Art. 25', 'Art. 30', 'Art. 31', 'Art. 32']],
    ['california', ['§1798.105', '§1798.110', '§1798.120']],
    ['canada', ['Principle 4.3.8', 'Principle 4.9', 'Section 8']],
  ] as const)('%s: cites %j, each from a source a person can look up', (residence, cited) => {
    const o = offer(residence);
    const citations = [
      ...o.letter!.body.matchAll(/Art\. \d+|§\d+\.\d+|Principle \d+(?:\.\d+)*|Section \d+/gi),
    ].map((m) => m[0].replace(/^section/, 'Section'));
    expect([...new Set(citations)].sort()).toEqual([...cited].sort());
    const sources = o.facts.flatMap((id) => factSources(id));
    for (const citation of cited) {
      // "Art. 30" -> 30, "§1798.105" -> §1798.105, "Principle 4.3.8" -> 4.3.8: as a whole number in the title.
      const number = citation.replace(/^(Art\.|Principle|Section) /, '').replace(/\./g, '\\.');
      const inTitle = new RegExp(`(?:^|[^\\d.])${number}(?![\\d]|\\.\\d)`);
      const source = sources.find((s) => inTitle.test(s.title));
      expect(source, `${residence}: ${citation}`).toBeDefined();
      expect(source!.address).toMatch(/^https:\/\/[a-z.-]+\.(?:ch|gov|gc\.ca)\//);
    }
  });

  it.each([
    ['ch', /not known: no court has decided it/],
    ['california', /No legal right to object to AI training as such is known[\s\S]*is not settled/],
    ['canada', /has not decided yet/],
  ] as const)('%s: says what is uncertain as uncertain', (residence, words) => {
    expect(offer(residence).summary).toMatch(words);
  });

  it('says in the Californian letter that AI training may not be a sale', () => {
    expect(offer('california').letter!.body).toContain('I understand the Act may not treat it so');
  });

  it('names only the addresses X’s privacy policy gives', () => {
    for (const residence of ['eu', 'uk', 'ch', 'california', 'canada'] as const) {
      for (const line of offer(residence).letter!.addressee.slice(1))
        expect(FACTS.xPrivacyContact.claim).toContain(line.replace(/^Ireland$|^USA$/, ''));
    }
  });

  it('says honestly when no right to object is known', () => {
    const o = offer('elsewhere');
    expect(o.letter).toBeNull();
    expect(o.noRight).toBe(NO_RIGHT_KNOWN);
    expect(o.noRight).toContain('No legal right to object to AI training is known for your region');
  });

  it('asks where the person lives when neither they nor the archive say', () => {
    const o = offer(null, null);
    expect(o.letter).toBeNull();
    expect(o.summary).toMatch(/^Where do you live\?/);
  });

  it('fills the letter from the archive: account, id and categories of data', () => {
    const { body } = offer('eu').letter!;
    expect(body).toContain('@ana (Ana), account id 52338276');
    expect(body).toContain('1,223 posts, replies and reposts; 4 deleted posts X still holds; 500 likes');
    expect(body).toContain('30 messages with Grok; 3 direct messages; 12 interests and traits');
    expect(body).not.toContain('bookmarks');
    expect(body).toContain('6 Dec 2026');
    expect(archiveCategories({ ...signals, bookmarks: 7 })).toContain('7 bookmarks');
    expect(letterText(offer('eu').letter!)).toMatch(/^X Internet Unlimited Company\n[\s\S]*\nSubject: /);
  });

  it('keeps names from the archive on one line of the letter', () => {
    const hostile = { username: 'ana', displayName: 'Ana\nSubject: forged\u001b[2J', accountId: '1' };
    const letter = rightsOffer({
      residence: 'eu',
      residenceSource: 'answer',
      account: hostile,
      signals,
      date: '2026-12-06',
    }).letter!;
    const lines = letterText(letter).split('\n');
    expect(lines.filter((l) => l.startsWith('Subject:'))).toHaveLength(1);
    expect(letterText(letter)).not.toContain('\u001b');
    expect(letter.body).toContain('(Ana Subject: forged [2J)');
  });
});

describe('residence from the archive, until the person answers', () => {
  const hint = (
    source: EuHint['source'],
    value: string,
    strength: EuHint['strength'] = 'strong',
  ): EuHint => ({
    source,
    value,
    strength,
  });
  it.each([
    [[hint('phone', '+44 (GB)')], 'uk'],
    [[hint('phone', '+41 (CH)')], 'ch'],
    [[hint('phone', '+34 (ES)')], 'eu'],
    [[hint('timezone', 'London')], 'uk'],
    [[hint('timezone', 'Europe/Zurich')], 'ch'],
    [[hint('timezone', 'Madrid'), hint('phone', '+44 (GB)')], 'uk'],
    [[hint('postLanguage', 'German: 40 posts')], 'eu'],
    [[hint('profileLocation', 'Paris', 'weak')], null],
    [[], null],
  ] as const)('%j -> %s', (hints, expected) => {
    expect(residenceFromHints(hints)).toBe(expected);
  });

  it('the person’s answer wins over the hints, and the rights step follows it', () => {
    const base = {
      archiveId: 'a',
      accountId: '52338276',
      signals: { ...signals, euHints: [hint('timezone', 'Madrid')] },
      progress: {},
      account,
      today: '2026-12-06',
    };
    const guessed = tailorChecklist(base);
    expect(guessed.rights).toMatchObject({ residence: 'eu', residenceSource: 'hints' });
    const rightsStep = (v: typeof guessed) => v.steps.find((s) => s.step.id === 'euRights')!;
    expect(rightsStep(guessed).emphasis).toBe('high');
    const answered = tailorChecklist({ ...base, residence: 'elsewhere' });
    expect(answered.rights).toMatchObject({
      residence: 'elsewhere',
      residenceSource: 'answer',
      letter: null,
    });
    expect(rightsStep(answered).emphasis).toBe('low');
    expect(rightsStep(answered).tailoring).toContain(NO_RIGHT_KNOWN);
  });
});
