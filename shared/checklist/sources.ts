/**
 * The sources the checklist rests on (docs/x-policy-and-optout.md §8). URLs are shown as text so the
 * reader can check them; the app never opens them by itself.
 */
import type { SourceRef } from './types';

const ota = 'https://github.com/OpenTermsArchive/pga-versions/blob';

export const SOURCES = {
  privacyPolicy2024: {
    tag: 'OTA-PP 969b4a44',
    title: 'X Privacy Policy effective 15 Nov 2024 ("Third-party collaborators"), via Open Terms Archive',
    url: `${ota}/969b4a44/X/Privacy%20Policy.md`,
    date: '2024-11-16',
    strength: 'primary',
  },
  privacyPolicy2026: {
    tag: 'OTA-PP 1524c7ba',
    title: 'X Privacy Policy effective 15 Jan 2026, latest capture, via Open Terms Archive',
    url: `${ota}/1524c7ba/X/Privacy%20Policy.md`,
    date: '2026-07-16',
    strength: 'primary',
  },
  termsOfService2026: {
    tag: 'OTA-ToS 89a35f6f',
    title: 'X Terms of Service effective 15 Jan 2026 (Grok inputs and outputs are Content)',
    url: `${ota}/89a35f6f/X/Terms%20of%20Service.md`,
    date: '2026-01-16',
    strength: 'primary',
  },
  dpc2024: {
    tag: 'DPC 2024-09-04',
    title: 'Irish Data Protection Commission: conclusion of proceedings about Grok',
    url: 'https://www.dataprotection.ie/en/news-media/press-releases/data-protection-commission-welcomes-conclusion-proceedings-relating-xs-ai-tool-grok',
    date: '2024-09-04',
    strength: 'primary',
  },
  fdpic: {
    tag: 'FDPIC',
    title: 'Swiss FDPIC: conclusion of its investigation of X and Grok (opt-out since 16 Jul 2024)',
    url: 'https://www.edoeb.admin.ch/en/conclusion-investigation-x-grok',
    date: '2024-07-16',
    strength: 'primary',
  },
  macRumors2024: {
    tag: 'MacRumors 2024-07-26',
    title: 'MacRumors: X opts users in to Grok training by default',
    url: 'https://macrumors.com/2024/07/26/x-grok-ai-tweets-auto-opt-in',
    date: '2024-07-26',
    strength: 'press',
  },
  techlicious: {
    tag: 'Techlicious 2024',
    title: 'Techlicious: stop X from using your data to train its AI (mobile path)',
    url: 'https://techlicious.com/tip/stop-x-formerly-twitter-from-using-your-data-to-train-its-ai',
    date: '2024',
    strength: 'press',
  },
  techCrunch2024: {
    tag: 'TC-2024',
    title: 'TechCrunch (via reprints): X lets third parties train AI on posts; opt-out candidates',
    url: 'https://siliconrepublic.com/?p=1097306',
    date: '2024-10-18',
    strength: 'press',
  },
  taiuru2024: {
    tag: 'Taiuru 2024-10',
    title: 'Taiuru: X is allowing third parties to train AI on its data (which settings to turn off)',
    url: 'https://www.taiuru.co.nz/x-formerly-twitter-is-allowing-3rd-parties-to-train-ai-on-its-data/',
    date: '2024-10',
    strength: 'press',
  },
  thurrott2024: {
    tag: 'Thurrott 2024-07',
    title: "Thurrott: X uses public posts to train Grok; protected accounts' posts are not used",
    url: 'https://www.thurrott.com/cloud/306178/x-now-uses-public-posts-to-train-its-grok-ai-but-you-can-opt-out',
    date: '2024-07',
    strength: 'press',
  },
  protectedHelp: {
    tag: 'Twitter help (archived)',
    title: 'Twitter help "About public and protected Tweets" (archived copy)',
    url: 'https://archive.fo/p9ccZ',
    date: '2020',
    strength: 'secondary',
  },
  uiStudy2026: {
    tag: 'UI-clone',
    title: 'A 2026 study of the X web settings (every Settings row, label and address)',
    url: 'GitHub (repository not recorded)',
    date: '2026',
    strength: 'secondary',
  },
  grokResearchNote: {
    tag: 'Research-note',
    title: 'Research note "Grok (xAI / SpaceXAI)" quoting X web strings and archived help.x.com pages',
    url: 'GitHub (repository not recorded)',
    date: '2026-10-02',
    strength: 'secondary',
  },
  noyb2024: {
    tag: 'Neowin 2024-08',
    title: 'Neowin: noyb files GDPR complaints against X over AI training',
    url: 'https://neowin.net/amp/noyb-hits-x-with-nine-gdpr-complaints-for-bad-ai-training-practices',
    date: '2024-08-12',
    strength: 'press',
  },
  deactivateGuide2024: {
    tag: 'eastcoastdaily 2024-11-13',
    title: 'How to delete your X account (30-day restore window)',
    url: 'https://www.eastcoastdaily.in/2024/11/13/know-how-to-delete-your-x-twitter-account.html',
    date: '2024-11-13',
    strength: 'press',
  },
  bulkDeleteGuide2024: {
    tag: 'businessghana 2024-11',
    title: 'USA Today syndication: leaving X, deleting posts, third-party deletion tools',
    url: 'http://businessghana.com/site/news/technology/318462/Done-with-X-How-to-delete-your-Twitter-account-in-a-few-easy-steps',
    date: '2024-11',
    strength: 'press',
  },
  archiveGuide: {
    tag: 'Ars Technica reprint',
    title: 'How to download a backup copy of your Twitter data (about 24 hours or more)',
    url: 'https://kdbwebsolutions.com/how-to-download-a-backup-copy-of-your-twitter-data-or-deactivate-your-account.html',
    date: '2023',
    strength: 'press',
  },
  likesPrivate2024: {
    tag: 'TheWrap 2024-06-12',
    title: 'TheWrap: X makes likes private for everyone',
    url: 'https://www.thewrap.com/x-likes-private-elon-musk-twitter/',
    date: '2024-06-12',
    strength: 'press',
  },
  archiveFormat: {
    tag: 'Archive format notes',
    title: 'Our own reading of real X archives up to one generated 2026-07-25: no bookmark file',
    url: 'docs/x-archive-format.md §15',
    date: '2026-07-25',
    strength: 'secondary',
  },
} as const satisfies Record<string, SourceRef>;
