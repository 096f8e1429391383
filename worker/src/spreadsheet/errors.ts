/** A file the organizer uploaded cannot be read; the message is meant for them, in Chinese, with what to do. */
export class SpreadsheetError extends Error {
  override readonly name = 'SpreadsheetError';
}
