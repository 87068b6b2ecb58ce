/** The last import's file name, date and numbers (BookmarkImportState), in the archive's meta table. */
export const BOOKMARK_IMPORT_META = 'bookmarks.import';
