/** The report formats numbers, dates and text as the app does: one set of formatters in shared/format. */
export { formatCount, percentOf } from '../format/numbers';
export { formatDate, formatMonth } from '../format/dates';
export { shortenText } from '../format/text';
