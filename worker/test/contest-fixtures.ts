/** Fixtures for the knowledge contest: banks with known questions, and contests over them. */
import { env } from 'cloudflare:workers';
import { stemKey, type QuestionType } from '@sitebranch/shared';
import { buildPool } from '../src/contest/draw';
import { newId } from '../src/db/ids';
import type { World } from './fixtures';

export interface TestQuestion {
  id: string;
  type: QuestionType;
  answer: string;
  options: string[];
  tags: string[];
}

const OPTIONS: Record<QuestionType, string[]> = {
  single: ['甲', '乙', '丙', '丁'],
  multiple: ['一', '二', '三', '四', '五'],
  judge: ['正确', '错误'],
};
const ANSWERS: Record<QuestionType, string[]> = {
  single: ['A', 'B', 'C', 'D'],
  multiple: ['AB', 'ACE', 'BCD', 'ABCDE'],
  judge: ['A', 'B'],
};

/** A bank of the world's branch (or of its region) with `counts` questions of each type, answers cycling through the letters. */
export async function makeBank(
  world: World,
  counts: Partial<Record<QuestionType, number>>,
  options: { region?: boolean; tag?: string } = {},
) {
  const bankId = newId();
  const now = Date.now();
  const questions: TestQuestion[] = [];
  const statements = [
    env.DB.prepare(
      'INSERT INTO question_banks (id, region_id, branch_id, name, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)',
    ).bind(bankId, world.regionId, options.region ? null : world.branchId, '测试题库', world.people.secretary.id, now),
  ];
  for (const [type, count] of Object.entries(counts) as [QuestionType, number][]) {
    for (let i = 0; i < count; i++) {
      const q = {
        id: newId(),
        type,
        answer: ANSWERS[type][i % ANSWERS[type].length]!,
        options: OPTIONS[type],
        tags: options.tag ? [options.tag] : ['党章党规'],
      };
      questions.push(q);
      const stem = `${type} 测试题 ${bankId} 第 ${i + 1} 题：请选择正确的答案`;
      statements.push(
        env.DB.prepare(
          `INSERT INTO questions (id, bank_id, type, stem, stem_key, options, answer, explanation, tags, difficulty, status, created_at, updated_at)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'medium', 'active', ?10, ?10)`,
        ).bind(
          q.id,
          bankId,
          type,
          stem,
          stemKey(stem),
          JSON.stringify(q.options),
          q.answer,
          `解析：答案是 ${q.answer}`,
          JSON.stringify(q.tags),
          now + i,
        ),
      );
    }
  }
  await env.DB.batch(statements);
  return { bankId, questions };
}

export interface ContestOptions {
  draw?: { type: QuestionType; count: number; tag?: string }[];
  points?: Record<QuestionType, number>;
  opensAt?: number;
  closesAt?: number;
  timeLimitMinutes?: number;
  attemptsAllowed?: number;
  counts?: 'best' | 'last';
  shuffleOptions?: boolean;
  showAnswers?: 'after_submit' | 'after_close' | 'never';
  region?: boolean;
}

/** An open contest over `bank`, written straight to D1 (the API's own creation is tested on its own). */
export async function makeContest(world: World, bank: { bankId: string; questions: TestQuestion[] }, o: ContestOptions = {}) {
  const id = newId();
  const now = Date.now();
  const draw = o.draw ?? [
    { type: 'single', count: 2 },
    { type: 'multiple', count: 1 },
    { type: 'judge', count: 1 },
  ];
  const points = o.points ?? { single: 2, multiple: 4, judge: 1 };
  const built = buildPool(draw, bank.questions);
  if ('short' in built) throw new Error('makeContest: not enough questions in the bank');
  await env.DB.prepare(
    `INSERT INTO contests (id, region_id, branch_id, title, description, opens_at, closes_at, bank_ids, pool, points, question_count, max_score,
       time_limit_ms, attempts_allowed, counts, shuffle_options, show_answers, created_by, created_at, updated_at)
     VALUES (?1, ?2, ?3, '测试竞赛', '', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?17)`,
  )
    .bind(
      id,
      world.regionId,
      o.region ? null : world.branchId,
      o.opensAt ?? now - 60_000,
      o.closesAt ?? now + 3_600_000,
      JSON.stringify([bank.bankId]),
      JSON.stringify(built.pool),
      JSON.stringify(points),
      draw.reduce((s, r) => s + r.count, 0),
      draw.reduce((s, r) => s + r.count * points[r.type], 0),
      (o.timeLimitMinutes ?? 20) * 60_000,
      o.attemptsAllowed ?? 1,
      o.counts ?? 'best',
      o.shuffleOptions === false ? 0 : 1,
      o.showAnswers ?? 'after_submit',
      world.people.secretary.id,
      now,
    )
    .run();
  return id;
}
