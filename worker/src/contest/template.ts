/** The question import template an organizer downloads: the columns, three examples and how to fill them in. */
import { writeXlsx } from '../spreadsheet/xlsx';
import { TEMPLATE_COLUMNS } from './question-rows';

const EXAMPLES = [
  ['单选', '施工现场临时用电应采用的配电系统是？', '一级配电、一级保护', '二级配电、一级保护', '三级配电、两级保护', '三级配电、三级保护', '', '', 'C', '临时用电应采用三级配电系统和两级漏电保护。', '安全生产', '易'],
  ['多选', '下列属于“三会一课”的有？', '支部党员大会', '支部委员会会议', '党小组会', '党课', '', '', 'ABCD', '“三会一课”指支部党员大会、支部委员会会议、党小组会和党课。', '党章党规', '中'],
  ['判断', '预备党员的预备期为一年。', '', '', '', '', '', '', '正确', '党章规定预备党员的预备期为一年。', '党章党规', '易'],
];

const INSTRUCTIONS = [
  ['列', '怎么填'],
  ['题型', '单选、多选或判断'],
  ['题干', '题目内容，4 至 500 个字；同一题库内不能重复'],
  ['选项A–选项F', '从选项A开始依次填写，至少 2 个；判断题可以不填（自动为“正确”“错误”）'],
  ['答案', '选项字母，多选题写在一起如 ACD；判断题写“正确”或“错误”'],
  ['解析', '选填，答题后给答题人看的解释'],
  ['标签', '选填，如 党章党规、党史、安全生产、廉洁从业；多个标签用顿号隔开'],
  ['难度', '易、中或难；不填为中'],
  ['说明', '每个文件最多 5000 道题；文件有错误时整份不导入，并按行列列出错误'],
];

export function importTemplateXlsx(): Uint8Array {
  return writeXlsx([
    { name: '题目', rows: [[...TEMPLATE_COLUMNS], ...EXAMPLES], columnWidths: [8, 40, 18, 18, 18, 18, 12, 12, 8, 36, 14, 6], boldHeader: true },
    { name: '填写说明', rows: INSTRUCTIONS, columnWidths: [14, 70], boldHeader: true },
  ]);
}
