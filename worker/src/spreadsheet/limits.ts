/**
 * How much of an uploaded table is read. The readers check these as they go and stop at the first row,
 * column or cell past them, so a file never costs more memory than the largest table it may hold: a
 * 5 MB file of short lines would otherwise become millions of rows before anything counted them.
 */
import { IMPORT_MAX_ROWS } from '@sitebranch/shared';
import { SpreadsheetError } from './errors';

/** The header, then one question (or roster person) a row. Rows are counted from the top, blank ones included. */
export const MAX_ROWS = IMPORT_MAX_ROWS + 1;
/** The template has 12. Empty cells to the right of the last filled one are not counted. */
export const MAX_COLUMNS = 50;
/** The longest field of a question (its explanation) is 1,000 characters. */
export const MAX_CELL_CHARS = 10_000;

export const tooManyRows = () =>
  new SpreadsheetError(`文件超过 ${MAX_ROWS} 行（一行表头加最多 ${IMPORT_MAX_ROWS} 行内容），请分成几个文件导入`);
export const tooManyColumns = (row: number) => new SpreadsheetError(`行 ${row}：超过 ${MAX_COLUMNS} 列，请按导入模板填写`);
export const cellTooLong = (row: number) => new SpreadsheetError(`行 ${row}：有单元格超过 ${MAX_CELL_CHARS} 个字，请检查文件`);
