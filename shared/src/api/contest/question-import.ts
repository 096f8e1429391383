/** Importing questions into a bank: the spreadsheet template, a file, or text pasted from Word or PDF (文本导入). */
import { IMPORT_MAX_BYTES } from '../../domain/questions';
import { ImportQuestionTextSchema } from '../../schemas/question-text';
import { ImportResultSchema } from '../../schemas/questions';
import { defineEndpoint } from '../endpoint';
import { bank, IdParams } from './params';

export const importTemplate = defineEndpoint({
  method: 'get',
  path: '/api/banks/template.xlsx',
  summary: '题目导入模板（Excel）',
  tag: 'contest',
  access: { kind: 'public' },
  response: { file: 'xlsx' },
});

export const importQuestions = defineEndpoint({
  method: 'post',
  path: '/api/banks/:id/import',
  summary: '从 .xlsx 或 .csv 导入题目（文件原始字节）；有错误时整份退回，并按行列说明',
  tag: 'contest',
  access: bank('manage'),
  params: IdParams,
  upload: { maxBytes: IMPORT_MAX_BYTES },
  response: ImportResultSchema,
  errors: ['import_failed'],
});

export const importQuestionText = defineEndpoint({
  method: 'post',
  path: '/api/banks/:id/import-text',
  summary: '文本导入：粘贴 Word 或 PDF 中的题目（编号题干、选项、答案行或括号内答案）；有错误时整批退回，并按行说明',
  tag: 'contest',
  access: bank('manage'),
  params: IdParams,
  body: ImportQuestionTextSchema,
  response: ImportResultSchema,
  errors: ['import_failed'],
});
