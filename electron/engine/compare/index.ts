export { compareArchives, type CompareOptions } from './compare-archives';
export { recordDeletionList, deletionListSize } from './deletion-list';
