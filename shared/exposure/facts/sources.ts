/**
 * Every source the app's facts, timeline and checklist rest on, named as a person would look it up
 * (docs/x-policy-and-optout.md §8 and §9.4): publisher, title, date, address. The research notes' own tags
 * (commit ids, "research notes") stay in the notes: nothing here is shown as a tag.
 *
 * To add a source: add an entry below with a new camelCase id; cite it from a fact, an event or a step.
 */
import type { Source } from './types';

const OTA = 'as recorded by Open Terms Archive (github.com/OpenTermsArchive/pga-versions)';
const NOT_RECORDED = 'exact address not recorded';

export const SOURCES = {
  // X's own texts
  privacyPolicy2023: {
    publisher: 'X Corp.',
    title: 'X Privacy Policy, effective 29 Sep 2023',
    date: '2023-09-29',
    address: 'https://x.com/en/privacy',
    strength: 'primary',
    via: OTA,
  },
  privacyPolicy2024: {
    publisher: 'X Corp.',
    title: 'X Privacy Policy, effective 15 Nov 2024 ("Third-party collaborators")',
    date: '2024-11-15',
    address: 'https://x.com/en/privacy',
    strength: 'primary',
    via: OTA,
  },
  privacyPolicy2025: {
    publisher: 'X Corp.',
    title: 'X Privacy Policy, effective 28 Jul 2025 (retention of partner data: 12 months)',
    date: '2025-07-28',
    address: 'https://x.com/en/privacy',
    strength: 'primary',
    via: OTA,
  },
  privacyPolicy2026: {
    publisher: 'X Corp.',
    title: 'X Privacy Policy, effective 15 Jan 2026, as captured on 16 Jul 2026',
    date: '2026-07-16',
    address: 'https://x.com/en/privacy',
    strength: 'primary',
    via: OTA,
  },
  termsOfService2024: {
    publisher: 'X Corp.',
    title: 'X Terms of Service, effective 15 Nov 2024',
    date: '2024-11-15',
    address: 'https://x.com/tos',
    strength: 'primary',
    via: OTA,
  },
  termsOfService2026: {
    publisher: 'X Corp.',
    title: 'X Terms of Service, effective 15 Jan 2026 (Grok inputs and outputs are Content)',
    date: '2026-01-15',
    address: 'https://x.com/tos',
    strength: 'primary',
    via: OTA,
  },
  developerAgreement2025: {
    publisher: 'X Corp.',
    title: 'X Developer Agreement, last updated 4 Jun 2025 (clause on training foundation models)',
    date: '2025-06-04',
    address: 'https://developer.x.com/developer-terms',
    strength: 'primary',
    via: OTA,
  },
  developerPolicy2026: {
    publisher: 'X Corp.',
    title: 'X Developer Policy ("with the exception of Grok"), as captured on 10 Mar 2026',
    date: '2026-03-10',
    address: 'https://developer.x.com/developer-terms',
    strength: 'primary',
    via: OTA,
  },
  xAlgorithm2026: {
    publisher: 'xAI',
    title: 'x-algorithm: the For You feed ranker, README (releases of 20 Jan 2026 and 13 Aug 2026)',
    date: '2026-08-13',
    address: 'https://github.com/xai-org/x-algorithm',
    strength: 'primary',
  },
  xGrokHelp2026: {
    publisher: 'X Help Center',
    title: '"About Grok" (archived copies of 9 May 2025 and 7 May 2026)',
    date: '2026-05-07',
    address: 'https://help.x.com/en/using-x/about-grok',
    strength: 'secondary',
    via: 'read through a 2026 research note quoting the Wayback Machine copies',
  },
  xSettings2026: {
    publisher: 'X Corp.',
    title: 'X web settings: "Grok & Third-party Collaborators" and the other data-sharing rows',
    date: '2026-10-02',
    address: 'https://x.com/settings/grok_settings',
    strength: 'secondary',
    via: "read through a 2026 study of X's settings pages and X's web text",
  },
  protectedHelp: {
    publisher: 'Twitter Help Center',
    title: '"About public and protected Tweets" (archived copy)',
    date: '2020',
    address: 'https://archive.fo/p9ccZ',
    strength: 'secondary',
  },
  archiveLikes: {
    publisher: 'X Corp.',
    title: 'The list of likes inside the X data archive: liked posts carry no date',
    date: '2026',
    address: 'your own archive (its data folder)',
    strength: 'primary',
  },
  archiveReadme: {
    publisher: 'X Corp.',
    title: 'The README inside the X data archive (protected history "used in the last six months")',
    date: '2026',
    address: 'your own archive (its data folder)',
    strength: 'primary',
  },

  // Regulators and law
  dpc2024: {
    publisher: 'Data Protection Commission (Ireland)',
    title: "Data Protection Commission welcomes conclusion of proceedings relating to X's AI tool Grok",
    date: '2024-09-04',
    address:
      'https://www.dataprotection.ie/en/news-media/press-releases/data-protection-commission-welcomes-conclusion-proceedings-relating-xs-ai-tool-grok',
    strength: 'primary',
  },
  irishTimes2025: {
    publisher: 'The Irish Times',
    title: 'Irish regulator to investigate X over AI model training',
    date: '2025-04-11',
    address:
      'https://www.irishtimes.com/business/2025/04/11/irish-regulator-to-investigate-x-over-ai-model-training/',
    strength: 'press',
  },
  fdpic: {
    publisher: 'Federal Data Protection and Information Commissioner (Switzerland)',
    title: 'Conclusion of the investigation into X and Grok (the page is undated)',
    date: '2025-03-20',
    address: 'https://www.edoeb.admin.ch/en/conclusion-investigation-x-grok',
    strength: 'primary',
  },
  digitalPolicyAlert2025: {
    publisher: 'Digital Policy Alert',
    title: 'Switzerland: FDPIC concludes its inquiry into X and Grok',
    date: '2025-03-20',
    address: `digitalpolicyalert.org (${NOT_RECORDED})`,
    strength: 'secondary',
  },
  edpb2024: {
    publisher: 'European Data Protection Board',
    title:
      'Opinion 28/2024 on certain data protection aspects related to the processing of personal data in the context of AI models',
    date: '2024-12-17',
    address: 'https://www.edpb.europa.eu (Opinions, Art. 64)',
    strength: 'primary',
  },
  opcCanada: {
    publisher: 'Office of the Privacy Commissioner of Canada',
    title:
      'Investigation into X and AI training (opened 27 Feb 2025, widened 15 Jan 2026); PIPEDA Findings #2026-004',
    date: '2026-06-11',
    address: 'https://www.priv.gc.ca',
    strength: 'primary',
  },
  euCommission2026: {
    publisher: 'European Commission',
    title: 'Formal proceedings against X under the Digital Services Act over Grok image editing',
    date: '2026-01-26',
    address: `ec.europa.eu, press corner (${NOT_RECORDED})`,
    strength: 'primary',
  },
  regulators2026: {
    publisher: 'Press reports (several outlets)',
    title:
      'Ofcom probe (12 Jan 2026), UK ICO investigation of X and xAI (3 Feb 2026), second DPC inquiry (17 Feb 2026) over Grok image editing',
    date: '2026-02-17',
    address: `ofcom.org.uk, ico.org.uk, dataprotection.ie (${NOT_RECORDED})`,
    strength: 'press',
  },
  gdpr: {
    publisher: 'European Union',
    title: 'General Data Protection Regulation (EU) 2016/679, Articles 17 (erasure) and 21 (right to object)',
    date: '2016-04-27',
    address: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    strength: 'primary',
  },
  ukGdpr: {
    publisher: 'UK Government',
    title: 'UK GDPR (retained Regulation (EU) 2016/679), Articles 17 and 21',
    date: '2021-01-01',
    address: 'https://www.legislation.gov.uk/eur/2016/679/contents',
    strength: 'primary',
  },
  swissFadp: {
    publisher: 'Swiss Confederation',
    title:
      'Federal Act on Data Protection (FADP, SR 235.1), in force 1 Sep 2023, Art. 25 (information), 30 and 31 (violations of privacy and their justification) and 32 (legal claims)',
    date: '2023-09-01',
    address: 'https://www.fedlex.admin.ch/eli/cc/2022/491/en',
    strength: 'primary',
  },
  ccpa: {
    publisher: 'State of California',
    title:
      'California Consumer Privacy Act, as amended by the California Privacy Rights Act from 1 Jan 2023: Civil Code §1798.105 (deletion), §1798.110 (right to know) and §1798.120 (opting out of sale or sharing)',
    date: '2023-01-01',
    address:
      'https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?division=3.&part=4.&lawCode=CIV&title=1.81.5',
    strength: 'primary',
  },
  pipeda: {
    publisher: 'Government of Canada',
    title:
      'Personal Information Protection and Electronic Documents Act (S.C. 2000, c. 5), section 8 (time to answer) and Schedule 1, Principles 4.3.8 (withdrawing consent) and 4.9 (individual access)',
    date: '2000-04-13',
    address: 'https://laws-lois.justice.gc.ca/eng/acts/P-8.6/',
    strength: 'primary',
  },

  // Press
  nineToFiveMac2024: {
    publisher: '9to5Mac',
    title: 'Without notice, X is now scraping posts and interactions to train its AI product Grok',
    date: '2024-07-26',
    address:
      'https://9to5mac.com/2024/07/26/without-notice-x-is-now-scraping-posts-and-interactions-to-train-its-third-rate-ai-product-grok/',
    strength: 'press',
  },
  macRumors2024: {
    publisher: 'MacRumors',
    title: 'X opts users in to Grok AI training by default',
    date: '2024-07-26',
    address: 'https://macrumors.com/2024/07/26/x-grok-ai-tweets-auto-opt-in',
    strength: 'press',
  },
  arsTechnica2024: {
    publisher: 'Ars Technica',
    title: 'X trains Grok on public posts "since at least May 2024"; help text on the opt-out from May 2024',
    date: '2024-07',
    address: `arstechnica.com (${NOT_RECORDED})`,
    strength: 'press',
  },
  thurrott2024: {
    publisher: 'Thurrott.com',
    title: 'X now uses public posts to train its Grok AI, but you can opt out',
    date: '2024-07',
    address:
      'https://www.thurrott.com/cloud/306178/x-now-uses-public-posts-to-train-its-grok-ai-but-you-can-opt-out',
    strength: 'press',
  },
  techlicious2024: {
    publisher: 'Techlicious',
    title: 'Stop X (formerly Twitter) from using your data to train its AI',
    date: '2024',
    address: 'https://techlicious.com/tip/stop-x-formerly-twitter-from-using-your-data-to-train-its-ai',
    strength: 'press',
  },
  theWrap2024: {
    publisher: 'TheWrap',
    title: "X makes likes private: others can't see them, a post's author still can",
    date: '2024-06-12',
    address: 'https://www.thewrap.com/x-likes-private-elon-musk-twitter/',
    strength: 'press',
  },
  neowin2024: {
    publisher: 'Neowin',
    title: 'noyb hits X with nine GDPR complaints over AI training',
    date: '2024-08-12',
    address: 'https://neowin.net/amp/noyb-hits-x-with-nine-gdpr-complaints-for-bad-ai-training-practices',
    strength: 'press',
  },
  theRecord2024: {
    publisher: 'The Record',
    title: 'European data privacy watchdog closes case against X over Grok training',
    date: '2024-09',
    address: 'https://therecord.media/europe-data-privacy-watchdog-case-closed',
    strength: 'press',
  },
  siliconRepublic2024: {
    publisher: 'Silicon Republic (reporting TechCrunch)',
    title: 'X changes its privacy policy to let third parties train AI on your posts',
    date: '2024-10-18',
    address: 'https://siliconrepublic.com/?p=1097306',
    strength: 'press',
  },
  taiuru2024: {
    publisher: 'Taiuru',
    title: 'X (formerly Twitter) is allowing third parties to train AI on its data',
    date: '2024-10',
    address: 'https://www.taiuru.co.nz/x-formerly-twitter-is-allowing-3rd-parties-to-train-ai-on-its-data/',
    strength: 'press',
  },
  eveningStandard2024: {
    publisher: 'Evening Standard',
    title: "X's new terms of service let it train AI on user data",
    date: '2024-11-15',
    address:
      'https://article-swipe.standard.co.uk/news/tech/x-new-terms-service-ai-user-data-force-opt-out-b1194267.html',
    strength: 'press',
  },
  reutersXai2025: {
    publisher: 'Reuters and other outlets',
    title: 'xAI acquires X',
    date: '2025-03-28',
    address: `reuters.com (${NOT_RECORDED})`,
    strength: 'press',
  },
  techCrunch2025: {
    publisher: 'TechCrunch',
    title: 'X changes its terms to bar training of AI models using its content',
    date: '2025-06-05',
    address:
      'https://techcrunch.com/2025/06/05/x-changes-its-terms-to-bar-training-of-ai-models-using-its-content/',
    strength: 'press',
  },
  pcMag2025: {
    publisher: 'PCMag',
    title: 'How to opt out: "Privacy and safety > Grok & Third-party collaborators"',
    date: '2025-06',
    address: `pcmag.com (read through a mirror; ${NOT_RECORDED})`,
    strength: 'press',
  },
  forbes2025: {
    publisher: 'Forbes',
    title: 'About 370,000 shared Grok conversations indexed by search engines',
    date: '2025-08-20',
    address: `forbes.com (${NOT_RECORDED})`,
    strength: 'press',
  },
  privacywire2026: {
    publisher: 'Privacywire',
    title: 'X now counts prompts, conversations and feedback as user Content (Jan 2026)',
    date: '2026-01',
    address:
      'https://privacywire.org/x-twitter/including-prompts-conversations-and-feedback-as-user-jan-2026',
    strength: 'press',
  },
  reutersSpacex2026: {
    publisher: 'Reuters',
    title: 'SpaceX acquires xAI',
    date: '2026-02-02',
    address: `reuters.com (${NOT_RECORDED})`,
    strength: 'press',
  },
  grokImageToggle2026: {
    publisher: 'Press reports (several outlets)',
    title: 'X adds a setting to stop Grok editing your photos',
    date: '2026-01',
    address: NOT_RECORDED,
    strength: 'press',
  },
  deactivateGuide2024: {
    publisher: 'East Coast Daily',
    title: 'Know how to delete your X (Twitter) account (30-day restore window)',
    date: '2024-11-13',
    address: 'https://www.eastcoastdaily.in/2024/11/13/know-how-to-delete-your-x-twitter-account.html',
    strength: 'press',
  },
  bulkDeleteGuide2024: {
    publisher: 'USA Today (syndicated by Business Ghana)',
    title: 'Done with X? How to delete your Twitter account in a few easy steps',
    date: '2024-11',
    address:
      'http://businessghana.com/site/news/technology/318462/Done-with-X-How-to-delete-your-Twitter-account-in-a-few-easy-steps',
    strength: 'press',
  },
  archiveGuide: {
    publisher: 'Ars Technica (reprinted by KDB Web Solutions)',
    title: 'How to download a backup copy of your Twitter data (about 24 hours or more)',
    date: '2023',
    address:
      'https://kdbwebsolutions.com/how-to-download-a-backup-copy-of-your-twitter-data-or-deactivate-your-account.html',
    strength: 'press',
  },

  // Secondary
  grokResearchNote2026: {
    publisher: 'Independent research note on GitHub',
    title: '"Grok (xAI / SpaceXAI)", last verified 2 Oct 2026, quoting X web text and archived help pages',
    date: '2026-10-02',
    address: `github.com (${NOT_RECORDED})`,
    strength: 'secondary',
  },
  bookmarksIssue2026: {
    publisher: 'GitHub issue, Dicklesworthstone/xf #8',
    title: 'A bookmarks file in an X archive (post ids only)',
    date: '2026-03-23',
    address: 'https://github.com/Dicklesworthstone/xf/issues/8',
    strength: 'secondary',
  },
  noBookmarksIssue2024: {
    publisher: 'GitHub issue, karlicoss/HPI #407',
    title: 'The X archive "doesn\'t include bookmarks"',
    date: '2024-11-14',
    address: 'https://github.com/karlicoss/HPI/issues/407',
    strength: 'secondary',
  },
  privacyFormReport: {
    publisher: 'A user report on Reddit',
    title: 'Using X\'s privacy form: "I want to ask a question regarding privacy", then a free-text request',
    date: '2022',
    address: `reddit.com (${NOT_RECORDED})`,
    strength: 'secondary',
  },
  // Twitter Circle (2022-2023)
  xCircleHelp2023: {
    publisher: 'X Help Center',
    title: 'About X Circle ("X is deprecating Circles as of Oct 31st, 2023")',
    date: '2023-09-21',
    address: 'https://help.twitter.com/en/using-x/twitter-circle',
    strength: 'primary',
    via: 'as quoted by Dexerto, 21 Sep 2023, and GIGAZINE, 22 Sep 2023',
  },
  techCrunchCircle2023: {
    publisher: 'TechCrunch',
    title: 'Twitter Circle tweets are not that private anymore',
    date: '2023-04-10',
    address: 'https://techcrunch.com/2023/04/10/twitter-circle-bug-not-private/',
    strength: 'press',
  },
  techCrunchCircleConfirmed2023: {
    publisher: 'TechCrunch',
    title: 'Twitter confirms Circle tweets temporarily were not private',
    date: '2023-05-05',
    address: 'techcrunch.com (exact address not recorded)',
    strength: 'press',
    via: 'as reprinted by businesstelegraph.co.uk',
  },
  circleArchiveIssue: {
    publisher: 'GitHub issue, marcomaroni-github/twitter-to-bluesky #57',
    title: 'Archives list Circle posts among the other posts, with nothing to mark them',
    date: '2023',
    address: 'https://github.com/marcomaroni-github/twitter-to-bluesky/issues/57',
    strength: 'secondary',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[];
