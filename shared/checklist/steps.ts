/**
 * The opt-out steps, in our own words, from docs/x-policy-and-optout.md §3, §4 and §7. Menu labels are
 * as X showed them in 2026; uncertain things are listed under `uncertain`, never stated as fact.
 */
import { FACTS, FACTS_CHECKED_ON, SOURCES, type FactId, type SourceId } from '../exposure/facts';
import type { ChecklistStep, SourceRef } from './types';

const WEB_PRIVACY = ['More', 'Settings and privacy', 'Privacy and safety'];
const WEB_DATA_SHARING = [...WEB_PRIVACY, 'Data sharing and personalization'];
const WEB_ACCOUNT = ['More', 'Settings and privacy', 'Your account'];
const MOBILE_SETTINGS = ['Your profile photo (top left)', 'Settings and Support', 'Settings and privacy'];
const MOBILE_PRIVACY = [...MOBILE_SETTINGS, 'Privacy and safety'];

type StepInput = Omit<ChecklistStep, 'evidenceDate' | 'sources'> & {
  /** Sources for the how-to (menu paths, guides) beyond those of the step's facts. */
  howToSources?: SourceId[];
};

/** The sources of some facts plus extra source ids, once each, resolved. */
export function resolveSources(facts: readonly FactId[], extra: readonly SourceId[] = []): SourceRef[] {
  const ids = [...new Set([...facts.flatMap((f) => FACTS[f].sources), ...extra])];
  return ids.map((id) => ({ id, ...SOURCES[id] }));
}

/** The newest date among a step's sources. */
function newestDate(sources: readonly SourceRef[]): string {
  return sources.reduce((newest, s) => (s.date > newest ? s.date : newest), '');
}

function step({ howToSources, ...input }: StepInput): ChecklistStep {
  const sources = resolveSources(input.facts, howToSources);
  return { ...input, sources, evidenceDate: newestDate(sources) };
}

export const CHECKLIST_STEPS: readonly ChecklistStep[] = [
  step({
    id: 'grokDataSharing',
    title: 'Turn off "Data Sharing" under Grok & Third-party Collaborators',
    why:
      'This box is ticked unless you untick it. While it is ticked, X may share your public posts and your ' +
      'conversations with Grok with xAI, to train and fine-tune Grok and other xAI models. Since June 2025 at ' +
      'the latest the row also carries the name "Third-party Collaborators": the outside companies that X\'s ' +
      'privacy policy lets train their own AI on your information unless you opt out.',
    settings: [
      {
        label: 'Grok & Third-party Collaborators',
        web: [...WEB_DATA_SHARING, 'Grok & Third-party Collaborators'],
        url: 'https://x.com/settings/grok_settings',
        mobile: [...MOBILE_PRIVACY, 'Grok (the row may carry the newer name)'],
        action:
          'Under "Data Sharing", untick "Allow your public data as well as your interactions, inputs, and ' +
          'results with Grok and xAI to be used for training and fine-tuning".',
      },
    ],
    covers: [
      'Future training of Grok and other xAI models on your public posts.',
      'Future training on what you type to Grok on X and what it answers.',
    ],
    doesNotCover: [
      'Models already trained on your data.',
      'Grok on grok.com or in the Grok app: that is a separate setting (see the grok.com step).',
      'Copies of your public posts that others have already collected.',
      'Models in use learning from what you do: X says the opt-out "does not prevent a deployed model from ' +
        'learning as a result of its normal use", for example recommendations.',
    ],
    uncertain: [
      'X does not say which setting governs sharing with "third-party collaborators". The row\'s name ' +
        'suggests this one, but its description mentions only xAI. Turn off "Data sharing with business ' +
        'partners" as well.',
      'Whether the box starts unticked for accounts in the EU: check it yourself.',
      'The label and place in the phone app may differ, and in 2024 the setting first appeared on the web ' +
        'only. If you cannot find it in the app, use x.com in a browser.',
    ],
    certainty: 'certain',
    facts: [
      'grokPublicData',
      'grokOptOutDefaultOn',
      'settingsLabel2025',
      'whichToggleThirdParty',
      'grokEuUncertain',
      'optOutNormalUse',
    ],
    howToSources: ['techlicious2024'],
    region: null,
    appLink: null,
  }),
  step({
    id: 'businessPartners',
    title: 'Turn off "Data sharing with business partners"',
    why:
      "X's privacy policy names this setting as the way to stop it sharing your personal information with " +
      'its partners. When X added the clause that lets "third-party collaborators" train AI on your ' +
      'information (in force since 15 November 2024), the press named this setting and the Grok one as the ' +
      'only ways to opt out. X has never said which of the two applies, so turn off both.',
    settings: [
      {
        label: 'Data sharing with business partners',
        web: [...WEB_DATA_SHARING, 'Data sharing with business partners'],
        url: 'https://x.com/settings/data_sharing_with_business_partners',
        mobile: null,
        action: 'Untick "Allow additional information sharing with business partners".',
      },
    ],
    covers: [
      'Sharing of your personal information with the partners X describes in its help pages (in the past, ' +
        'advertising-measurement partners).',
    ],
    doesNotCover: [
      "Sharing the privacy policy describes elsewhere, such as with X's service providers: the policy says " +
        'this setting "does not control" it.',
      "Data already shared. Since 28 July 2025 partners' data can be kept up to 12 months.",
    ],
    uncertain: [
      'Whether this setting stops sharing with "third-party collaborators" for AI training. On a plain ' +
        'reading of the policy it does not; X has not said either way.',
    ],
    certainty: 'uncertain',
    facts: ['thirdPartyClause', 'whichToggleThirdParty', 'partnerRetention2025'],
    howToSources: ['taiuru2024', 'xSettings2026'],
    region: null,
    appLink: null,
  }),
  step({
    id: 'grokHistory',
    title: 'Delete your Grok conversation history',
    why:
      'X stores what you type to Grok and what Grok answers. While Data Sharing is on, these conversations ' +
      'can be used for training, and since 15 January 2026 X\'s terms count them as your "Content". X says ' +
      'deleted conversations are removed from its systems within 30 days, unless it has to keep them for ' +
      'security or legal reasons.',
    settings: [
      {
        label: 'Delete conversation history',
        web: [...WEB_DATA_SHARING, 'Grok & Third-party Collaborators', 'Delete conversation history'],
        url: 'https://x.com/settings/grok_settings',
        mobile: [...MOBILE_PRIVACY, 'Grok', 'Delete conversation history'],
        action: 'Choose "Delete conversation history", then confirm with "Delete".',
      },
      {
        label: 'Allow Grok to remember your conversation history',
        web: [...WEB_DATA_SHARING, 'Grok & Third-party Collaborators'],
        url: 'https://x.com/settings/grok_settings',
        mobile: null,
        action: 'If your account shows this box, consider unticking it.',
      },
    ],
    covers: [
      'Your Grok-on-X conversations stored by X, and their use from now on.',
      'Links you shared to a conversation: shared Grok conversations were found by search engines in 2025.',
    ],
    doesNotCover: [
      'Models already trained on those conversations.',
      'Conversations on grok.com or in the Grok app.',
      'Copies X keeps for security or legal reasons.',
    ],
    uncertain: [
      "The 30-day removal is X's help page as quoted by secondary sources; we could not read the current page.",
      'The memory box is not shown to every account.',
    ],
    certainty: 'certain',
    facts: ['grokInteractions', 'tosGrokContent2026', 'grokSharedChats'],
    howToSources: ['techlicious2024', 'taiuru2024', 'xGrokHelp2026'],
    region: null,
    appLink: null,
  }),
  step({
    id: 'protectPosts',
    title: 'Consider protecting your posts',
    why:
      'The strongest single step. Protected posts are seen only by followers you approve, do not appear in ' +
      "search engines and cannot be reposted, and X has said protected accounts' posts are not used to " +
      'train Grok. Protection also hides your earlier posts; if you unprotect later, they become public again.',
    settings: [
      {
        label: 'Protect your posts',
        web: [...WEB_PRIVACY, 'Audience, media and tagging', 'Protect your posts'],
        url: 'https://x.com/settings/audience_and_tagging',
        mobile: [...MOBILE_PRIVACY, 'Audience and tagging', 'Protect your posts'],
        action: 'Tick "Protect your posts".',
      },
    ],
    covers: [
      "Grok training on your posts from now on (X's statement about protected accounts).",
      'New readers, web crawlers and search engines seeing your posts.',
    ],
    doesNotCover: [
      'Training that already happened while your posts were public.',
      "Copies others already made: search engines, web archives, and data licensed through X's API, which " +
        'X says "may not reflect updates you make on X".',
      'Followers you approve: they still see your posts and can copy them.',
    ],
    uncertain: [
      'Whether protection keeps your posts out of sharing with "third-party collaborators": that clause ' +
        'covers "your information", not only public posts.',
      'The menu may read "Audience and tagging" or "Audience, media and tagging": which one X shows now ' +
        'could not be confirmed.',
    ],
    certainty: 'certain',
    facts: ['grokProtectedExcluded', 'protectRetroactive', 'thirdPartyProtectedPosts', 'protectLabel'],
    howToSources: ['privacyPolicy2026'],
    region: null,
    appLink: null,
  }),
  step({
    id: 'personalization',
    title: 'Review inferred identity, location and ads settings',
    why:
      'X collects more than what you post: it links devices it believes are yours, keeps location ' +
      'information and builds advertising interests. These are personalisation settings, not AI-training ' +
      'settings, but what they collect is part of the "information" the third-party clause lets X share.',
    settings: [
      {
        label: 'Inferred identity',
        web: [...WEB_DATA_SHARING, 'Inferred identity'],
        url: 'https://x.com/settings/off_twitter_activity',
        mobile: null,
        action:
          'Untick "Allow X to personalize your experience with your inferred activity, e.g. activity on ' +
          'devices you haven\'t used to log in to X."',
      },
      {
        label: 'Location information',
        web: [...WEB_DATA_SHARING, 'Location information'],
        url: 'https://x.com/settings/location_information',
        mobile: null,
        action: 'Turn off the location options you do not want used (precise location is opt-in, X says).',
      },
      {
        label: 'Ads preferences',
        web: [...WEB_DATA_SHARING, 'Ads preferences'],
        url: 'https://x.com/settings/ads_preferences',
        mobile: null,
        action: 'Turn off personalised ads if you do not want your activity used for them.',
      },
    ],
    covers: ['What X collects and infers about you for personalisation and ads, from now on.'],
    doesNotCover: ['AI training as such.', 'What X has already collected and inferred.'],
    uncertain: ['The options inside "Location information" were not checked against X\'s own pages.'],
    certainty: 'certain',
    facts: ['thirdPartyClause'],
    howToSources: ['xSettings2026'],
    region: null,
    appLink: null,
  }),
  step({
    id: 'deletePostsLikes',
    title: 'Delete the posts and likes you do not want used',
    why:
      'X keeps what you post and your interactions "for the duration of your account or until such ' +
      'content is removed". Deleting stops future use by X and future sharing. X has no bulk-delete tool: ' +
      'this app can export a list of the items you choose, to work through by hand or with a deletion ' +
      'service you trust.',
    settings: [
      {
        label: 'Delete',
        web: ['Open the post', 'The "…" menu on the post', 'Delete'],
        url: null,
        mobile: ['Open the post', 'The "…" menu on the post', 'Delete'],
        action: 'Delete each post on your list.',
      },
      {
        label: 'Like (the heart)',
        web: ['Your profile', 'Likes', 'The heart under the post'],
        url: null,
        mobile: ['Your profile', 'Likes', 'The heart under the post'],
        action: 'Press the heart again to unlike.',
      },
    ],
    covers: ['Future use by X of the posts and likes you delete, and future sharing of them.'],
    doesNotCover: [
      'Training or sharing that already happened.',
      "Copies in search engines, web archives and datasets licensed through X's API.",
      "Other people's quotes and screenshots of your posts.",
    ],
    uncertain: [
      'Whether unliking removes a like from data already shared or trained on.',
      'How long X keeps recently deleted posts (your archive may list some).',
    ],
    certainty: 'certain',
    facts: ['publicCopiesPersist', 'likesRanker', 'likesPrivate2024'],
    howToSources: ['bulkDeleteGuide2024'],
    region: null,
    appLink: {
      view: 'browse',
      label: 'Make a deletion list in Browse: select items, then export them as CSV.',
    },
  }),
  step({
    id: 'bookmarks',
    title: 'Clear your bookmarks on X',
    why:
      "X's privacy policy lists your bookmarks among the data it collects, and the third-party clause " +
      'covers them. Whether X puts them in your archive is uncertain: some archives have them, others do ' +
      'not. If yours has none, this app cannot show them: review them on X itself.',
    settings: [
      {
        label: 'Bookmarks',
        web: ['Bookmarks (left menu, or under More)'],
        url: 'https://x.com/i/bookmarks',
        mobile: ['Your profile photo (top left)', 'Bookmarks'],
        action: 'Remove the bookmarks you do not want X to keep (the bookmark icon under each post).',
      },
    ],
    covers: ['Bookmarks X holds from now on.'],
    doesNotCover: ['Bookmarks already shared or used.'],
    uncertain: [
      'A report from November 2024 says the archive had no bookmarks; one from March 2026 describes a ' +
        'bookmarks file. If your archive has one, the app counts it.',
    ],
    certainty: 'certain',
    facts: ['bookmarksPrivate', 'bookmarksInArchive', 'thirdPartyClause'],
    region: null,
    appLink: null,
  }),
  step({
    id: 'euRights',
    title: 'Use your data-protection rights',
    why:
      'In the EU, the EEA and the UK the GDPR lets you object to the use of your data for AI training, which ' +
      'X and xAI base on their "legitimate interests", and ask for data already used to be erased. Switzerland, ' +
      'California and Canada give other rights. The app drafts the letter from your archive; you send it ' +
      'yourself, through the privacy form or the address X names in its privacy policy.',
    settings: [
      {
        label: 'X privacy form',
        web: ['help.x.com/forms/privacy'],
        url: 'https://help.x.com/forms/privacy',
        mobile: null,
        action:
          'Paste the drafted letter. One user describes choosing "I want to ask a question regarding ' +
          'privacy" and writing the request in the free-text box.',
      },
      {
        label: 'Complaint to your regulator',
        web: ['Your national data-protection authority, or the Irish Data Protection Commission'],
        url: 'https://www.dataprotection.ie',
        mobile: null,
        action:
          'If X does not act on your request, complain to your regulator; X names the Irish DPC for the EU.',
      },
    ],
    covers: [
      'A legal request X has to answer, where the law gives you the right.',
      "In 2024 X undertook to the Irish regulator to suspend its processing of EU/EEA users' public posts " +
        'for Grok training (posts processed from 7 May to 1 August 2024).',
    ],
    doesNotCover: [
      'X told the Swiss regulator that the settings toggle is the way to object: do the first two steps as well.',
      'Models already trained, where erasure may not reach.',
    ],
    uncertain: [
      'There is no dedicated form for AI-training objections; whether X handles one sent through the ' +
        'privacy form apart from the toggle is unknown.',
      'The Irish regulator opened an inquiry into Grok training on EU posts on 11 April 2025; we found no decision.',
    ],
    certainty: 'certain',
    facts: [
      'gdprObjection',
      'xPrivacyContact',
      'noObjectionForm',
      'dpcSuspension2024',
      'dpcInquiry2025',
      'swissObjection',
      'ccpaRights',
      'pipedaConsent',
    ],
    howToSources: ['privacyFormReport'],
    region: null,
    appLink: null,
  }),
  step({
    id: 'grokPersonalization',
    title: 'Turn off "Grok Personalization" as well',
    why:
      'A second box under Grok & Third-party Collaborators lets X share your profile, posts and engagement ' +
      'with xAI to personalise Grok. It is separate from the training box: unticking that one leaves this ' +
      'flow of data to xAI on.',
    settings: [
      {
        label: 'Grok Personalization',
        web: [...WEB_DATA_SHARING, 'Grok & Third-party Collaborators'],
        url: 'https://x.com/settings/grok_settings',
        mobile: null,
        action: 'Untick "Allow X to personalize your experience with Grok".',
      },
    ],
    covers: ['Sharing of your profile, posts and engagement with xAI to personalise Grok, from now on.'],
    doesNotCover: ['Training: that is the Data Sharing box.', 'What xAI already received.'],
    uncertain: [
      'This rests on one secondary source: the label, where it sits and whether it starts ticked could not ' +
        "be checked on X's own pages.",
    ],
    certainty: 'uncertain',
    facts: ['grokPersonalization', 'xaiAcquiresX2025'],
    region: null,
    appLink: null,
  }),
  step({
    id: 'grokCom',
    title: 'If you also use grok.com or the Grok apps, change the settings there too',
    why:
      'Grok on grok.com and in the Grok apps has its own account and its own settings. Turning off the ' +
      'setting on X does not turn off these, nor the other way round. Ratings you give answers (thumbs up or ' +
      'down) may still be used for training after you opt out.',
    settings: [
      {
        label: 'Improve the Model',
        web: ['grok.com', 'Settings', 'Data Controls'],
        url: 'https://grok.com',
        mobile: null,
        action: 'Turn off "Improve the Model".',
      },
      {
        label: 'Personalize Grok using X',
        web: ['grok.com', 'Settings'],
        url: 'https://grok.com',
        mobile: null,
        action: 'Turn it off if you do not want Grok to draw on your X account.',
      },
      {
        label: 'Private Chat',
        web: ['grok.com', 'A new conversation', 'Private Chat'],
        url: 'https://grok.com',
        mobile: null,
        action: 'Use Private Chat for conversations you do not want kept, and do not rate answers.',
      },
    ],
    covers: ['Training on your grok.com and Grok-app conversations from now on.'],
    doesNotCover: ['Anything on X itself.', 'Models already trained.', 'Ratings you give answers.'],
    uncertain: ['This rests on one secondary source; the labels and places may differ.'],
    certainty: 'uncertain',
    facts: ['grokComControls'],
    region: null,
    appLink: null,
  }),
  step({
    id: 'grokImageEdits',
    title: 'Stop Grok editing your photos',
    why:
      "In early 2026 Grok was used to edit people's photos, and regulators in the UK, Ireland and the EU " +
      'opened inquiries. X then added a setting that stops Grok editing your photos.',
    settings: [
      {
        label: 'Grok photo editing',
        web: [...WEB_PRIVACY, 'Look for the Grok photo-editing setting (its place is not confirmed)'],
        url: null,
        mobile: null,
        action: 'Turn off Grok editing of your photos.',
      },
    ],
    covers: ['Grok editing the photos you post, from now on.'],
    doesNotCover: ['Edits already made and shared.', 'AI training on your photos.'],
    uncertain: ['Where this setting sits, and its exact label, could not be verified.'],
    certainty: 'uncertain',
    facts: ['grokImageEditToggle', 'regulators2026'],
    region: null,
    appLink: null,
  }),
  step({
    id: 'leaveX',
    title: 'If you want to leave X: deactivate your account',
    why:
      'Deactivating queues your data for deletion. For 30 days you can still restore the account; after ' +
      'that the deletion is permanent and your username becomes free for others. Keep your archive before ' +
      'you go.',
    settings: [
      {
        label: 'Deactivate your account',
        web: [...WEB_ACCOUNT, 'Deactivate your account'],
        url: 'https://x.com/settings/deactivate',
        mobile: [...MOBILE_SETTINGS, 'Your account', 'Deactivate your account'],
        action: 'Choose "Deactivate your account" and follow the prompts to confirm.',
      },
    ],
    covers: [
      'What X holds about you, once the 30 days have passed (except what it must keep for legal reasons).',
    ],
    doesNotCover: [
      'Data already shared or trained on.',
      'Copies in search engines and elsewhere; X warns some posts may still show in search results.',
    ],
    uncertain: [],
    certainty: 'certain',
    facts: ['deactivation30Days', 'publicCopiesPersist'],
    region: null,
    appLink: null,
  }),
  step({
    id: 'freshArchive',
    title: 'Later: download a fresh archive and open it here to check',
    why:
      'X says changes "may take some time" to be reflected throughout its systems. A new archive opened in ' +
      'this app shows what X still holds: whether deleted posts and likes are gone, whether your account ' +
      'is protected, whether Grok conversations remain.',
    settings: [
      {
        label: 'Download an archive of your data',
        web: [...WEB_ACCOUNT, 'Download an archive of your data'],
        url: 'https://x.com/settings/download_your_data',
        mobile: [...MOBILE_SETTINGS, 'Your account', 'Download an archive of your data'],
        action:
          'Enter your password and the verification code, then choose "Request archive". X tells you when ' +
          'it is ready; people report about a day or two.',
      },
    ],
    covers: ['Checking what X itself still holds about you.'],
    doesNotCover: ['What third parties or trained models already hold.'],
    uncertain: ["X's current help page about the waiting time could not be read."],
    certainty: 'certain',
    facts: ['settingsTakeTime'],
    howToSources: ['archiveGuide', 'xSettings2026'],
    region: null,
    appLink: null,
  }),
];

/** The date the content above was last checked against its sources: the facts data's date. */
export const CHECKLIST_CONTENT_AS_OF = FACTS_CHECKED_ON;

export const LABELS_NOTE =
  'Menu names are as X showed them in 2026. X renames settings from time to time: if a name differs, ' +
  'look for the closest one, and prefer x.com in a browser when the phone app lacks a setting.';
