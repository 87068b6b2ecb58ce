/**
 * The policy facts: what X's texts, regulators and the press say about AI training on X data, each dated,
 * sourced and marked certain or uncertain (docs/x-policy-and-optout.md, with the corrections of §9).
 * A fact the research marks UNCERTAIN stays `certainty: 'uncertain'` and says so in its own words.
 *
 * To add a fact: add an entry with a new camelCase id (its sources must be ids in ./sources). The id
 * becomes a FactId; rules, steps and texts cite it by that id, and a test checks every citation.
 */
import type { SourceId } from './sources';
import type { FactInput } from './types';

type Fact = FactInput<SourceId>;

export const POLICY_FACTS = {
  // X's own training
  ownTraining2023: {
    claim:
      'Since 29 Sep 2023 X\'s privacy policy says: "We may use the information we collect and publicly available information to help train our machine learning or artificial intelligence models."',
    date: '2023-09-29',
    sources: ['privacyPolicy2023', 'privacyPolicy2026'],
    strength: 'primary',
    certainty: 'certain',
  },
  tosLicence2024: {
    claim:
      'Since 15 Nov 2024 the Terms of Service licence expressly covers "training of our machine learning and artificial intelligence models, whether generative or another type".',
    date: '2024-11-15',
    sources: ['termsOfService2024', 'eveningStandard2024'],
    strength: 'primary',
    certainty: 'certain',
  },
  tosGrokContent2026: {
    claim:
      'Since 15 Jan 2026 the Terms of Service count "inputs, prompts, outputs" as your Content, which the licence lets X use for AI training.',
    date: '2026-01-15',
    sources: ['termsOfService2026', 'privacywire2026'],
    strength: 'primary',
    certainty: 'certain',
  },
  likesRanker: {
    claim:
      "Your likes feed X's own recommendation models: the For You ranker xAI published on 20 Jan 2026 (described as ported from Grok-1) reads your engagement history, likes included, and its 13 Aug 2026 release adds the training code.",
    date: '2026-01-20',
    sources: ['xAlgorithm2026'],
    strength: 'primary',
    certainty: 'certain',
  },
  optOutNormalUse: {
    claim:
      'X\'s help page says the Grok opt-out "does not prevent a deployed model from learning as a result of its normal use": features such as recommendations keep learning from what you do.',
    date: '2026-05-07',
    sources: ['xGrokHelp2026'],
    strength: 'secondary',
    certainty: 'certain',
  },

  // Grok and xAI
  grokPublicData: {
    claim:
      "X's Grok setting says X may share your public data (posts, replies, reposts) and your interactions, inputs and results with Grok with xAI, to train and fine-tune Grok and other xAI models.",
    date: '2024-07-26',
    sources: ['xSettings2026', 'nineToFiveMac2024', 'macRumors2024'],
    strength: 'press',
    certainty: 'certain',
  },
  grokEuWindow: {
    claim:
      "The Irish Data Protection Commission examined X's processing of EU/EEA users' public posts for Grok training from 7 May to 1 Aug 2024.",
    date: '2024-05-07',
    sources: ['dpc2024', 'theRecord2024'],
    strength: 'primary',
    certainty: 'certain',
  },
  grokBeforeWindow: {
    claim:
      '7 May 2024 is only the start of the EU period the regulator examined. The press reported Grok training on public posts "since at least May 2024", and X\'s policy allowed training its own models from 29 Sep 2023: whether earlier posts were used is unknown.',
    date: '2023-09-29',
    sources: ['nineToFiveMac2024', 'arsTechnica2024', 'privacyPolicy2023'],
    strength: 'press',
    certainty: 'uncertain',
  },
  grokOptOutDefaultOn: {
    claim:
      "X's Grok training setting is on unless you turn it off. X told the Swiss regulator it has existed since 16 Jul 2024; the press reported X help text about it from May 2024. Users found it on 26 Jul 2024, on the web only at first.",
    date: '2024-07-16',
    sources: ['fdpic', 'macRumors2024', 'arsTechnica2024'],
    strength: 'press',
    certainty: 'certain',
  },
  dpcSuspension2024: {
    claim:
      "In Aug 2024 X undertook to the Irish Data Protection Commission to suspend its processing of EU/EEA users' public posts (processed 7 May to 1 Aug 2024) for Grok training, and on 4 Sep 2024 agreed to keep to it permanently. The regulator's text says suspend, not erase.",
    date: '2024-09-04',
    sources: ['dpc2024'],
    strength: 'primary',
    certainty: 'certain',
  },
  grokEuUncertain: {
    claim:
      "For accounts in the EU/EEA, whether public posts are used for Grok is uncertain: X's 2024 undertaking to suspend that processing and the regulator's inquiry opened on 11 Apr 2025 (no outcome found) leave it open.",
    date: '2025-04-11',
    sources: ['dpc2024', 'irishTimes2025'],
    strength: 'primary',
    certainty: 'uncertain',
  },
  grokProtectedExcluded: {
    claim: "X said protected (private) accounts' posts are not used to train Grok.",
    date: '2024-07',
    sources: ['thurrott2024', 'xGrokHelp2026'],
    strength: 'press',
    certainty: 'certain',
  },
  grokInteractions: {
    claim:
      'Your prompts to Grok and its replies are "interactions, inputs, and results with Grok", the core of what the Grok training setting covers.',
    date: '2024-07-26',
    sources: ['macRumors2024', 'xSettings2026'],
    strength: 'press',
    certainty: 'certain',
  },
  grokDeletedBeforeDeletion: {
    claim:
      'A deleted post that was public may have been collected for Grok before you deleted it. Whether it was is unknown; deletion stops only future use.',
    date: '2024-05-07',
    sources: ['privacyPolicy2026', 'dpc2024'],
    strength: 'primary',
    certainty: 'uncertain',
  },
  grokSharedChats: {
    claim:
      'Grok conversations are not public unless you share one by link. Shared conversations were indexed by search engines: about 370,000 of them, reported in Aug 2025.',
    date: '2025-08-20',
    sources: ['forbes2025'],
    strength: 'press',
    certainty: 'certain',
  },
  likesGrokUncertain: {
    claim:
      'Whether likes are also used to train Grok is unknown: the Grok setting speaks of your public data and your interactions with Grok, and likes have been hidden from others since 12 Jun 2024.',
    date: '2024-06-12',
    sources: ['xSettings2026', 'theWrap2024', 'xAlgorithm2026'],
    strength: 'primary',
    certainty: 'uncertain',
  },
  grokPersonalization: {
    claim:
      'A separate "Grok Personalization" setting ("Allow X to personalize your experience with Grok") shares your profile, posts and engagement with xAI to personalise Grok. It is a second flow of data to xAI that stays on after the training opt-out.',
    date: '2025-01',
    sources: ['grokResearchNote2026'],
    strength: 'secondary',
    certainty: 'uncertain',
  },
  grokComControls: {
    claim:
      'On grok.com and in the Grok apps, a separate account has its own "Improve the Model" setting, a "Private Chat" mode and a "Personalize Grok using X" option; ratings (thumbs up or down) may still be used for training after you opt out.',
    date: '2026-10-02',
    sources: ['grokResearchNote2026'],
    strength: 'secondary',
    certainty: 'uncertain',
  },
  grokImageEditToggle: {
    claim:
      'In 2026 X added a setting that stops Grok editing your photos. Where it sits in the settings could not be verified.',
    date: '2026-01',
    sources: ['grokImageToggle2026'],
    strength: 'press',
    certainty: 'uncertain',
  },

  // Third parties
  thirdPartyClause: {
    claim:
      'Since 15 Nov 2024 X may share "your information" with third-party collaborators who, unless you opt out, may use it "to train their artificial intelligence models". The clause names no data categories, so everything X holds about you is in its reach.',
    date: '2024-11-15',
    sources: ['privacyPolicy2024', 'privacyPolicy2026'],
    strength: 'primary',
    certainty: 'certain',
  },
  thirdPartyDirectMessages: {
    claim:
      'The third-party collaborators clause does not expressly exclude direct messages, and X never said it shares them. Whether direct messages are shared is unknown.',
    date: '2024-11-15',
    sources: ['privacyPolicy2026'],
    strength: 'primary',
    certainty: 'uncertain',
  },
  thirdPartyDeletedPosts: {
    claim:
      'Recently deleted posts are still held by X (they are in the archive). Whether they can be shared with collaborators while retained is unknown.',
    date: '2024-11-15',
    sources: ['privacyPolicy2026'],
    strength: 'primary',
    certainty: 'uncertain',
  },
  thirdPartyProtectedPosts: {
    claim:
      'The clause covers "your information", not only public data. Whether protecting your posts keeps them out of it is unknown.',
    date: '2024-11-15',
    sources: ['privacyPolicy2026'],
    strength: 'primary',
    certainty: 'uncertain',
  },
  whichToggleThirdParty: {
    claim:
      'X does not say which setting stops sharing with third-party collaborators. The Grok row\'s name, "Grok & Third-party Collaborators", suggests that one, but its description mentions only xAI; the press named "Data sharing with business partners" too.',
    date: '2024-10-18',
    sources: ['privacyPolicy2026', 'siliconRepublic2024', 'xSettings2026'],
    strength: 'primary',
    certainty: 'uncertain',
  },
  settingsLabel2025: {
    claim:
      'The Grok row in X\'s privacy settings has been named "Grok & Third-party Collaborators" since June 2025 at the latest.',
    date: '2025-06',
    sources: ['pcMag2025', 'xSettings2026'],
    strength: 'press',
    certainty: 'certain',
  },
  developerBan2025: {
    claim:
      'Since 4 Jun 2025 the Developer Agreement forbids API licensees to use X content to train a foundation or frontier model (from 2026: "with the exception of Grok"). The privacy-policy permission for third-party collaborators was not withdrawn.',
    date: '2025-06-04',
    sources: ['developerAgreement2025', 'developerPolicy2026', 'techCrunch2025'],
    strength: 'primary',
    certainty: 'certain',
  },
  partnerRetention2025: {
    claim:
      'Since 28 Jul 2025 X may keep ad-interaction data and data shared by partners for up to 12 months.',
    date: '2025-07-28',
    sources: ['privacyPolicy2025'],
    strength: 'primary',
    certainty: 'certain',
  },

  // Owners
  xaiAcquiresX2025: {
    claim:
      "On 28 Mar 2025 xAI acquired X. Sharing with xAI now falls under the privacy policy's section on affiliates, not the third-party collaborators clause: Grok training is the owner's own use.",
    date: '2025-03-28',
    sources: ['reutersXai2025', 'privacyPolicy2026'],
    strength: 'press',
    certainty: 'certain',
  },
  spacexAcquiresXai2026: {
    claim: 'On 2 Feb 2026 SpaceX acquired xAI, and with it X.',
    date: '2026-02-02',
    sources: ['reutersSpacex2026'],
    strength: 'press',
    certainty: 'certain',
  },
  spacexaiPolicy2026: {
    claim:
      'Unverified: a "SpaceXAI" privacy policy reportedly took effect on 24 Aug 2026, its EU addendum reportedly training on "X public posts for over 18 year olds" under legitimate interests.',
    date: '2026-08-24',
    sources: ['grokResearchNote2026'],
    strength: 'secondary',
    certainty: 'uncertain',
  },

  // Regulators
  noybComplaints2024: {
    claim:
      'On 12 Aug 2024 noyb filed GDPR complaints against X in nine countries over Grok training, arguing that data trained into a model cannot be taken back out.',
    date: '2024-08-12',
    sources: ['neowin2024'],
    strength: 'press',
    certainty: 'certain',
  },
  edpbOpinion2024: {
    claim:
      'EDPB Opinion 28/2024: AI models trained on personal data are not automatically anonymous, and unlawful training can taint the later use of a model.',
    date: '2024-12-17',
    sources: ['edpb2024'],
    strength: 'primary',
    certainty: 'certain',
  },
  opcCanada2025: {
    claim:
      "Canada's Privacy Commissioner opened an investigation into X's use of personal data to train AI on 27 Feb 2025 and widened it on 15 Jan 2026. Its findings of 11 Jun 2026 on Grok-made deepfakes found no valid consent; there is no finding on training yet.",
    date: '2025-02-27',
    sources: ['opcCanada'],
    strength: 'primary',
    certainty: 'certain',
  },
  fdpicClosed2025: {
    claim:
      'The Swiss regulator closed its inquiry into X and Grok on 20 Mar 2025, finding the opt-out, offered since 16 Jul 2024, compliant with Swiss law.',
    date: '2025-03-20',
    sources: ['fdpic', 'digitalPolicyAlert2025'],
    strength: 'primary',
    certainty: 'certain',
  },
  dpcInquiry2025: {
    claim:
      "On 11 Apr 2025 the Irish Data Protection Commission opened a statutory inquiry into X's use of EU/EEA users' public posts to train Grok. No outcome was found by Aug 2026.",
    date: '2025-04-11',
    sources: ['irishTimes2025'],
    strength: 'press',
    certainty: 'certain',
  },
  regulators2026: {
    claim:
      "After Grok was used to edit people's photos in early 2026: Ofcom opened a probe (12 Jan), the European Commission opened proceedings under the Digital Services Act (26 Jan), the UK ICO investigated X and xAI (3 Feb), and the Irish regulator opened a second inquiry (17 Feb).",
    date: '2026-01-12',
    sources: ['euCommission2026', 'regulators2026'],
    strength: 'primary',
    certainty: 'certain',
  },

  // Visibility and the archive
  communityVisibility: {
    claim:
      "Whether a Community post is public (and so used for Grok or readable by anyone) depends on the Community's visibility; X does not say.",
    date: '2024-11-15',
    sources: ['privacyPolicy2026'],
    strength: 'primary',
    certainty: 'uncertain',
  },
  privateByNature: {
    claim: 'Bookmarks and direct messages are not shown publicly on X.',
    date: '2024-11-15',
    sources: ['privacyPolicy2026'],
    strength: 'secondary',
    certainty: 'certain',
  },
  likesPrivate2024: {
    claim:
      "Since 12 Jun 2024 likes are hidden from others, except that a post's author can still see who liked it. Before that they were public on profiles.",
    date: '2024-06-12',
    sources: ['theWrap2024'],
    strength: 'press',
    certainty: 'certain',
  },
  likesUndated: {
    claim:
      'The archive gives no date for likes, so whether a like was made before 12 Jun 2024 (when likes were public) cannot be told.',
    date: '2024-06-12',
    sources: ['archiveLikes'],
    strength: 'primary',
    certainty: 'uncertain',
  },
  bookmarksPrivate: {
    claim: 'Bookmarks have always been private: they are not public data.',
    date: '2024-11-15',
    sources: ['privacyPolicy2026'],
    strength: 'secondary',
    certainty: 'certain',
  },
  bookmarksInArchive: {
    claim:
      'Whether the X archive includes your bookmarks is uncertain: a Nov 2024 report says it did not; a Mar 2026 report describes a bookmarks file (post ids only). Archives may differ.',
    date: '2026-03-23',
    sources: ['noBookmarksIssue2024', 'bookmarksIssue2026'],
    strength: 'secondary',
    certainty: 'uncertain',
  },
  directMessagesNotGrok: {
    claim:
      'Direct messages are not public data; the press reported that they are off limits for Grok training.',
    date: '2024',
    sources: ['techlicious2024'],
    strength: 'press',
    certainty: 'certain',
  },
  publicGeneral: {
    claim:
      'Public posts are shared "with the general public" and through X\'s APIs: anyone, including crawlers and other AI companies, can read them while they stay public.',
    date: '2024-11-15',
    sources: ['privacyPolicy2026'],
    strength: 'primary',
    certainty: 'certain',
  },
  protectRetroactive: {
    claim:
      'Protecting your account hides earlier posts too; unprotecting makes them public again. It does not undo past training.',
    date: '2020',
    sources: ['protectedHelp'],
    strength: 'secondary',
    certainty: 'certain',
  },
  protectLabel: {
    claim:
      '"Protect your posts" sits under "Audience and tagging" or "Audience, media and tagging": which label X shows now is uncertain.',
    date: '2026-10-02',
    sources: ['xSettings2026', 'protectedHelp'],
    strength: 'secondary',
    certainty: 'uncertain',
  },
  protectedHistoryWindow: {
    claim:
      'The archive keeps only about six months of protect/unprotect history; without any history the account is assumed to have been public. You can correct this in the settings.',
    date: '2026',
    sources: ['archiveReadme'],
    strength: 'primary',
    certainty: 'uncertain',
  },
  publicCopiesPersist: {
    claim:
      '"Public content can exist elsewhere even after it is removed from X": search engines and other third parties may keep copies.',
    date: '2024-11-15',
    sources: ['privacyPolicy2026'],
    strength: 'primary',
    certainty: 'certain',
  },
  settingsTakeTime: {
    claim: 'X says a change of settings "may take some time" to be reflected throughout its systems.',
    date: '2026-01-15',
    sources: ['privacyPolicy2026'],
    strength: 'primary',
    certainty: 'certain',
  },
  deactivation30Days: {
    claim:
      'Deactivating queues your data for deletion; for 30 days you can restore the account, after that the deletion is permanent.',
    date: '2026-01-15',
    sources: ['privacyPolicy2026', 'deactivateGuide2024'],
    strength: 'primary',
    certainty: 'certain',
  },

  // Rights
  gdprObjection: {
    claim:
      "In the EU/EEA and the UK, the GDPR gives you a right to object to processing based on legitimate interests (Art. 21), the basis X and xAI cite for training, and a right to erasure (Art. 17). noyb's 2024 complaints rest on it.",
    date: '2018-05-25',
    sources: ['gdpr', 'ukGdpr', 'neowin2024'],
    strength: 'primary',
    certainty: 'certain',
  },
  xPrivacyContact: {
    claim:
      "X's privacy policy names, for the EU, EFTA and UK, X Internet Unlimited Company, Attn: Data Protection Officer, One Cumberland Place, Fenian Street, Dublin 2, D02 AX07, Ireland, and the privacy form help.x.com/forms/privacy; for everyone else, X Corp., 865 FM 1209, Building 2, Bastrop, TX 78602, USA.",
    date: '2026-07-16',
    sources: ['privacyPolicy2026'],
    strength: 'primary',
    certainty: 'certain',
  },
  noObjectionForm: {
    claim:
      'X has no dedicated form for objecting to AI training: it told the Swiss regulator the settings toggle is the way to object. Whether X handles an objection sent through its privacy form apart from the toggle is unknown.',
    date: '2025-03-20',
    sources: ['fdpic', 'privacyFormReport'],
    strength: 'primary',
    certainty: 'uncertain',
  },
  swissObjection: {
    claim:
      'In Switzerland, processing your data against your express objection violates your privacy (FADP Art. 30 para. 2 let. b) and is unlawful unless justified by consent, an overriding interest or a law (Art. 31); you can ask a court to stop it or have the data deleted (Art. 32), and ask the company what data of yours it processes and who received it (Art. 25).',
    date: '2023-09-01',
    sources: ['swissFadp'],
    strength: 'primary',
    certainty: 'certain',
  },
  ccpaRights: {
    claim:
      'In California, the CCPA gives you the right to know what personal information a business holds about you (Civil Code §1798.110), to ask it to delete what it collected from you, with exceptions (§1798.105), and to opt out of its sale or sharing (§1798.120). It gives no general right to object to AI training, and whether disclosing data for AI training is a sale or sharing under the Act is not settled.',
    date: '2023-01-01',
    sources: ['ccpa'],
    strength: 'primary',
    certainty: 'certain',
  },
  pipedaConsent: {
    claim:
      "In Canada, PIPEDA lets you withdraw your consent at any time, subject to legal or contractual restrictions and reasonable notice, and the organization must tell you what withdrawing means (Schedule 1, Principle 4.3.8); you can ask how your information was used and to which third parties it was disclosed (Principle 4.9), with an answer due within 30 days (section 8). The Privacy Commissioner's investigation of X's AI training is open.",
    date: '2000-04-13',
    sources: ['pipeda', 'opcCanada'],
    strength: 'primary',
    certainty: 'certain',
  },
} as const satisfies Record<string, Fact>;
