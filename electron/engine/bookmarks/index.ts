export { loadBookmarkFile, PREVIEW_ROWS } from './load';
export { importBookmarkFile, bookmarkImportState } from './import';
