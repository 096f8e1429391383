/** Question banks: listed, made, their questions (read, added, changed, pasted, imported), and the two spreadsheet templates. */
import { makeBank } from '@sitebranch/worker/testing';
import { type Cell, perWorld } from './cell';
import { anyone, COMMITTEE, loggedIn, only, ORGANIZERS } from './expectations';

export const bankOf = perWorld((w) => makeBank(w, { single: 3, multiple: 1, judge: 1 }));
export const regionBankOf = perWorld((w) => makeBank(w, { single: 3, multiple: 1, judge: 1 }, { region: true }));

export const BANKS: Record<string, Cell> = {
  'GET /api/banks': { path: () => '/api/banks', expect: loggedIn(200) },
  'POST /api/banks': { path: () => '/api/banks', body: (w) => ({ name: '矩阵题库', branchId: w.branchId }), expect: only(201, COMMITTEE) },
  'GET /api/banks/template.xlsx': { path: () => '/api/banks/template.xlsx', expect: anyone(200) },
  'GET /api/roster/template.xlsx': { path: () => '/api/roster/template.xlsx', expect: anyone(200) },
  'GET /api/banks/:id/questions': { path: async (w) => `/api/banks/${(await bankOf(w)).bankId}/questions`, expect: only(200, ORGANIZERS) },
  'POST /api/banks/:id/questions': {
    path: async (w) => `/api/banks/${(await bankOf(w)).bankId}/questions`,
    body: () => ({ type: 'judge', stem: '矩阵测试的判断题', options: ['正确', '错误'], answer: 'A' }),
    expect: only(201, COMMITTEE),
  },
  'PUT /api/banks/:id/questions/:questionId': {
    path: async (w) => `/api/banks/${(await bankOf(w)).bankId}/questions/${(await bankOf(w)).questions[0]!.id}`,
    body: () => ({ type: 'single', stem: '改过的矩阵单选题', options: ['甲', '乙'], answer: 'B', status: 'active' }),
    expect: only(200, COMMITTEE),
  },
  'POST /api/banks/:id/import-text': {
    path: async (w) => `/api/banks/${(await bankOf(w)).bankId}/import-text`,
    body: () => ({ text: '1. 矩阵粘贴的单选题（ A ）\nA. 甲\nB. 乙' }),
    expect: only(200, COMMITTEE),
  },
  'POST /api/banks/:id/import': {
    path: async (w) => `/api/banks/${(await bankOf(w)).bankId}/import`,
    rawBody: () => '题型,题干,选项A,选项B,答案\r\n单选,矩阵导入的单选题,甲,乙,A\r\n',
    expect: only(200, COMMITTEE),
  },
};
