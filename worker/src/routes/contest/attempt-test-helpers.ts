/** What the attempt tests share: an attempt's question as the phone gets it, the answer key of a bank, starting and saving. */
import { expect } from 'vitest';
import { call, type TestQuestion } from '../../../test/fixtures';

export type AttemptQuestion = { id: string; type: string; options: { key: string; text: string }[]; points: number; saved: string | null };

export const keyOf = (questions: TestQuestion[]) => new Map(questions.map((q) => [q.id, q.answer]));

export async function start(contestId: string, token: string) {
  const res = await call('POST', `/api/contests/${contestId}/attempts`, { token });
  expect(res.status).toBe(200);
  return res.body as { id: string; deadline: number; startedAt: number; questions: AttemptQuestion[] };
}

export const save = (attemptId: string, questionId: string, answer: string, token: string) =>
  call('PUT', `/api/attempts/${attemptId}/answers/${questionId}`, { token, body: { answer } });
