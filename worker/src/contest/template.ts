/** The question import template an organizer downloads: the columns, three examples and how to fill them in. */
import { QUESTION_HEADER_SYNONYMS, type QuestionHeader } from '@sitebranch/shared/readers';
import { writeXlsx } from '../spreadsheet/xlsx';
import { TEMPLATE_COLUMNS } from './question-rows';

const EXAMPLES = [
  [
    '单选',
    '施工现场临时用电应采用的配电系统是？',
    '一级配电、一级保护',
    '二级配电、一级保护',
    '三级配电、两级保护',
    '三级配电、三级保护',
    '',
    '',
    'C',
    '临时用电应采用三级配电系统和两级漏电保护。',
    '安全生产',
    '易',
  ],
  [
    '多选',
    '下列属于“三会一课”的有？',
    '支部党员大会',
    '支部委员会会议',
    '党小组会',
    '党课',
    '',
    '',
    'ABCD',
    '“三会一课”指支部党员大会、支部委员会会议、党小组会和党课。',
    '党章党规',
    '中',
  ],
  ['判断', '预备党员的预备期为一年。', '', '', '', '', '', '', '正确', '党章规定预备党员的预备期为一年。', '党章党规', '易'],
];

/** The other headers each column is read by (other platforms' exports), from the importer's own table. */
const alsoRead = (column: QuestionHeader) => `；也认表头“${QUESTION_HEADER_SYNONYMS[column].filter((n) => n !== column).join('”“')}”`;

const INSTRUCTIONS = [
  ['列', '怎么填'],
  ['题型', `单选、多选或判断（也认单项选择题、多项选择题、不定项选择题、判断题）${alsoRead('题型')}`],
  ['题干', `题目内容，4 至 500 个字；同一题库内不能重复${alsoRead('题干')}`],
  [
    '选项A–选项F',
    '从选项A开始依次填写，至少 2 个；判断题可以不填（自动为“正确”“错误”）；也认表头“A”“B”…，选项里重复写的字母（如“A. ”“A、”）会去掉',
  ],
  [
    '答案',
    `选项字母，多选题写在一起如 ACD（也可写 A、C 或 A,C，大小写、全角均可）；判断题写“正确”或“错误”（也认 对/错、√/×、T/F、是/否）${alsoRead('答案')}`,
  ],
  ['解析', `选填，答题后给答题人看的解释${alsoRead('解析')}`],
  ['标签', `选填，如 党章党规、党史、安全生产、廉洁从业；多个标签用顿号隔开${alsoRead('标签')}`],
  ['难度', `易、中或难；不填为中${alsoRead('难度')}`],
  ['说明', '每个文件最多 5000 道题；表头上方可以有标题行；文件有错误时整份不导入，并按行列列出错误'],
];

export function importTemplateXlsx(): Uint8Array {
  return writeXlsx([
    {
      name: '题目',
      rows: [[...TEMPLATE_COLUMNS], ...EXAMPLES],
      columnWidths: [8, 40, 18, 18, 18, 18, 12, 12, 8, 36, 14, 6],
      boldHeader: true,
    },
    { name: '填写说明', rows: INSTRUCTIONS, columnWidths: [14, 70], boldHeader: true },
  ]);
}
