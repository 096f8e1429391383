/** Cells the ledger's sheets share: a time as a real Excel date, a rate as a percentage or a dash. */
import type { CellValue } from '../spreadsheet/xlsx-write';

export const at = (ms: number | null): CellValue => (ms === null ? null : { date: ms });
export const rate = (r: number | null) => (r === null ? '—' : `${r}%`);
