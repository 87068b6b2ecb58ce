/** A problem with one data file's content; the importer reports it as that file's `error` status. */
export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFileError';
  }
}
