/**
 * The contests the contest tests take and look at: known questions (with the texts of their right
 * options), and an open contest over them made by the demo site's secretary.
 */
import { expect } from 'vitest';
import { apiAs, uniqueName } from './browser';

/**
 * Questions whose right option's text is known, so the test answers like a person who knows.
 * Each has an explanation: daily practice may draw them, and its test expects 解析.
 */
export const QUESTIONS = [
  {
    type: 'single',
    stem: '施工现场临时用电应当采用几级配电？',
    options: ['一级', '二级', '三级', '四级'],
    answer: 'C',
    explanation: '临时用电采用三级配电、两级漏电保护。',
  },
  {
    type: 'single',
    stem: '党的最高领导机关是？',
    options: ['党的全国代表大会和它所产生的中央委员会', '党的地方委员会', '党支部'],
    answer: 'A',
    explanation: '见《中国共产党章程》第十条。',
  },
  {
    type: 'multiple',
    stem: '下列属于施工现场“三宝”的有哪些？',
    options: ['安全帽', '安全带', '安全网', '手电筒'],
    answer: 'ABC',
    explanation: '“三宝”指安全帽、安全带、安全网。',
  },
  { type: 'judge', stem: '预备党员的预备期为一年。', options: ['正确', '错误'], answer: 'A', explanation: '见《中国共产党章程》第七条。' },
];
export const rightTexts = (q: (typeof QUESTIONS)[number]) => [...q.answer].map((letter) => q.options[letter.charCodeAt(0) - 65]!);

/** The site's secretary makes a bank with the questions and an open contest over it. */
export async function openContest(title: string, closesInMs = 3_600_000) {
  const secretary = await apiAs('张建国');
  const bank = await secretary.call('POST', '/api/banks', { name: uniqueName('竞赛测试题库'), branchId: 'demo-site' });
  for (const q of QUESTIONS) expect((await secretary.call('POST', `/api/banks/${bank.body.id}/questions`, q)).status).toBe(201);
  const contest = await secretary.call('POST', '/api/contests', {
    branchId: 'demo-site',
    title,
    opensAt: Date.now() - 60_000,
    closesAt: Date.now() + closesInMs,
    bankIds: [bank.body.id],
    draw: [
      { type: 'single', count: 2 },
      { type: 'multiple', count: 1 },
      { type: 'judge', count: 1 },
    ],
    timeLimitMinutes: 10,
    attemptsAllowed: 1,
    showAnswers: 'after_submit',
  });
  expect(contest.status).toBe(201);
  return contest.body.id as string;
}
