/** The 花名册 template a secretary downloads: the columns, two examples and how to fill them in. */
import { ROSTER_MAX_CHARS } from '@sitebranch/shared';
import { ROSTER_HEADER_SYNONYMS, ROSTER_MAX_ROWS, type RosterHeader } from '@sitebranch/shared/readers';
import { writeXlsx } from '../spreadsheet/xlsx';

const COLUMNS = Object.keys(ROSTER_HEADER_SYNONYMS) as RosterHeader[];

const EXAMPLES = [
  ['李建国', '钢筋班', '中建三局劳务分包', '13800138000', '党员'],
  ['王芳', '木工班', '', '', '群众'],
];

/** The other headers each column is read by, from the importer's own table. */
const alsoRead = (column: RosterHeader) => `也认表头“${ROSTER_HEADER_SYNONYMS[column].filter((n) => n !== column).join('”“')}”`;

const HOW: Record<RosterHeader, string> = {
  姓名: `必填，最多 ${ROSTER_MAX_CHARS.姓名} 个字`,
  班组: `选填，最多 ${ROSTER_MAX_CHARS.班组} 个字，如 钢筋班、木工班；同名的两个人请写明不同班组`,
  单位: `选填，最多 ${ROSTER_MAX_CHARS.单位} 个字，劳务公司或所在单位`,
  手机: '选填，11 位手机号；同一号码不能出现两次',
  身份: '选填：党员、预备党员或群众（也认 中共党员、团员 等）；不填为群众',
};

const INSTRUCTIONS = [
  ['列', '怎么填'],
  ...COLUMNS.map((column) => [column, `${HOW[column]}；${alsoRead(column)}`]),
  ['说明', `每个文件最多 ${ROSTER_MAX_ROWS} 人；表头上方可以有标题行；有错误或与支部已有成员重复时整份不导入，并按行列列出问题`],
];

export function rosterTemplateXlsx(): Uint8Array {
  return writeXlsx([
    { name: '花名册', rows: [COLUMNS, ...EXAMPLES], columnWidths: [12, 14, 22, 16, 10], boldHeader: true },
    { name: '填写说明', rows: INSTRUCTIONS, columnWidths: [10, 80], boldHeader: true },
  ]);
}
