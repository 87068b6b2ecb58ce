export { loadBookmarkFile, PREVIEW_ROWS } from './load';
export { importBookmarkFile, bookmarkImportState } from './import';
export { BOOKMARK_IMPORTS_MIGRATION } from './schema';
