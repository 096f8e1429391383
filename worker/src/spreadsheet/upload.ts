/** An uploaded .xlsx or .csv as rows of text, or the API's `file_unreadable` saying why not. */
import { ApiError } from '../http/errors';
import { readTable, SpreadsheetError } from './index';

export function readUploadedTable(bytes: Uint8Array): string[][] {
  try {
    return readTable(bytes);
  } catch (error) {
    if (error instanceof SpreadsheetError) throw new ApiError('file_unreadable', error.message);
    throw error;
  }
}
