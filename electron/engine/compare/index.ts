export { compareArchives, type CompareOptions } from './compare-archives';
export { DELETION_LIST_MIGRATION, recordDeletionList, deletionListSize } from './deletion-list';
export { ensureCompareIndexes } from './indexes';
