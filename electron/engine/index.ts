export { Engine } from './engine';
export { importArchive, type ImportOptions } from './ingest/import-archive';
export { UserFacingError, type UserFacingErrorCode } from './errors';
