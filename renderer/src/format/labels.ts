/**
 * Plain-word labels for the model's enums. The ones the printed report also uses live in
 * shared/report/labels (one wording everywhere); the app-only ones are here.
 */
import type { Channel, Visibility } from '../../../shared/model/kinds';
import type { FileStatus } from '../../../shared/model/summary';
import type { ImportStep } from '../../../shared/model/progress';

export {
  CHANNEL_LABELS,
  FLAG_LABELS,
  KIND_LABELS,
  KIND_PLURALS,
  LEVEL_LABELS,
  POST_TYPE_LABELS,
} from '../../../shared/report/labels';

export const CHANNEL_DESCRIPTIONS: Record<Channel, string> = {
  thirdParty:
    'X’s privacy policy (since 15 Nov 2024) lets it share “your information” with third-party collaborators to train their AI models.',
  grokTraining:
    'X and xAI train Grok on public posts (at least since 7 May 2024) and on your conversations with Grok.',
  openWeb: 'Readable by anyone today, including crawlers that collect training data for other AI companies.',
};

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  public: 'Public',
  protected: 'Protected',
  assumedPublic: 'Public (assumed)',
  private: 'Private',
};

export const FILE_STATUS_LABELS: Record<FileStatus, string> = {
  imported: 'Imported',
  empty: 'Empty',
  missing: 'Missing',
  unknown: 'Not read',
  error: 'Error',
};

/** What each status means, used when the engine gave no message of its own. */
export const FILE_STATUS_MEANINGS: Record<FileStatus, string> = {
  imported: 'Read in full.',
  empty: 'The file is in the archive but holds no records.',
  missing: 'The archive’s index lists this file, but it is not in the archive.',
  unknown: 'A kind of data this app does not read yet. It was counted, not imported.',
  error: 'The file could not be read; the rest of the archive was imported.',
};

export const IMPORT_STEP_LABELS: Record<ImportStep, string> = {
  opening: 'Opening the archive',
  planning: 'Finding the data files',
  reading: 'Reading your data',
  classifying: 'Working out what is exposed',
  indexing: 'Building the search index',
  finishing: 'Finishing',
};
