/**
 * The demo knowledge contest: a region question bank with the demo questions (demo-questions.ts)
 * and a region-wide contest over it, open from the first seeding for 30 days. Fixed ids and
 * INSERT OR IGNORE: seeding again changes nothing.
 */
import { stemKey } from '@sitebranch/shared';
import { buildPool } from '../contest/draw';
import { DEMO_REGION } from './demo';
import { DEMO_QUESTIONS } from './demo-questions';

const DAY = 24 * 3_600_000;
const BANK_ID = 'demo-bank-region';
export const DEMO_CONTEST_ID = 'demo-contest-region';
const CREATOR = `(SELECT id FROM users WHERE openid = 'dev:周明')`;

const quote = (value: string | number | null) =>
  value === null ? 'NULL' : typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`;
export const demoQuestionId = (index: number) => `demo-q-${String(index + 1).padStart(3, '0')}`;

export function demoContestStatements(now = Date.now()): string[] {
  const questions = DEMO_QUESTIONS.map((q, i) => ({ ...q, id: demoQuestionId(i) }));
  const draw = [
    { type: 'single' as const, count: 10 },
    { type: 'multiple' as const, count: 5 },
    { type: 'judge' as const, count: 5 },
  ];
  const points = { single: 4, multiple: 6, judge: 2 };
  const built = buildPool(draw, questions);
  if ('short' in built) throw new Error('the demo bank has too few questions for the demo contest');
  return [
    `INSERT OR IGNORE INTO question_banks (id, region_id, branch_id, name, created_by, created_at) SELECT ${quote(BANK_ID)}, ${quote(DEMO_REGION.id)}, NULL, '党建知识题库（示范）', ${CREATOR}, ${now}`,
    ...questions.map(
      (q, i) =>
        `INSERT OR IGNORE INTO questions (id, bank_id, type, stem, stem_key, options, answer, explanation, tags, difficulty, status, created_at, updated_at) VALUES (${[
          q.id,
          BANK_ID,
          q.type,
          q.stem,
          stemKey(q.stem),
          JSON.stringify(q.options),
          q.answer,
          q.explanation,
          JSON.stringify(q.tags),
          q.difficulty,
          'active',
          now + i,
          now + i,
        ]
          .map(quote)
          .join(', ')})`,
    ),
    `INSERT OR IGNORE INTO contests (id, region_id, branch_id, title, description, opens_at, closes_at, bank_ids, pool, points, question_count, max_score,
       time_limit_ms, attempts_allowed, counts, shuffle_options, show_answers, keep_pool_private, created_by, created_at, updated_at)
     SELECT ${[
       DEMO_CONTEST_ID,
       DEMO_REGION.id,
       null,
       '示范市“学党章、保安全”党建知识竞赛',
       '全市各临时党支部均可参加。20 道题，限时 20 分钟，可答 2 次，取最好成绩。',
       now - DAY,
       now + 30 * DAY,
       JSON.stringify([BANK_ID]),
       JSON.stringify(built.pool),
       JSON.stringify(points),
       20,
       10 * 4 + 5 * 6 + 5 * 2,
       20 * 60_000,
       2,
       'best',
       1,
       'after_submit',
       // A learning contest: answers are shown after each submit anyway, so its pool stays open to 每日一练.
       0,
     ]
       .map(quote)
       .join(', ')}, ${CREATOR}, ${now}, ${now}`,
  ];
}
