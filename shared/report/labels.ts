/** The report's labels are the app's: one wording, kept in shared/format/labels. */
export * from '../format/labels';
