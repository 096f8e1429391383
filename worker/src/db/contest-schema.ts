/**
 * Tables of the knowledge contest: question banks and questions, contests, attempts and their
 * answers, one leaderboard entry per person and contest, and daily practice. Re-exported by
 * `schema.ts`, which drizzle-kit reads.
 */
import { sql } from 'drizzle-orm';
import type { Difficulty, QuestionType } from '@sitebranch/shared';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** A bank belongs to a region (branch_id null: region admins manage it) or to one branch. */
export const questionBanks = sqliteTable(
  'question_banks',
  {
    id: text('id').primaryKey(),
    regionId: text('region_id').notNull(),
    branchId: text('branch_id'),
    name: text('name').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('question_banks_region').on(t.regionId), index('question_banks_branch').on(t.branchId)],
);

export const questions = sqliteTable(
  'questions',
  {
    id: text('id').primaryKey(),
    bankId: text('bank_id')
      .notNull()
      .references(() => questionBanks.id),
    type: text('type').$type<QuestionType>().notNull(),
    stem: text('stem').notNull(),
    /** The stem without spaces and punctuation, for finding duplicates (see `stemKey`). */
    stemKey: text('stem_key').notNull(),
    /** JSON array of option texts, lettered A, B, C… in this order. */
    options: text('options', { mode: 'json' }).$type<string[]>().notNull(),
    answer: text('answer').notNull(),
    explanation: text('explanation').notNull(),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull(),
    difficulty: text('difficulty').$type<Difficulty>().notNull(),
    /** Retired questions stay for the attempts that used them, but are never drawn again. */
    status: text('status').$type<'active' | 'retired'>().notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('questions_bank_status_type').on(t.bankId, t.status, t.type), index('questions_bank_stem').on(t.bankId, t.stemKey)],
);

/** Draw rules with the question ids each may draw from, fixed when the contest is created. */
export type ContestPool = { type: QuestionType; count: number; tag?: string; ids: string[] }[];

export const contests = sqliteTable(
  'contests',
  {
    id: text('id').primaryKey(),
    regionId: text('region_id').notNull(),
    /** Null for a contest of the whole region. */
    branchId: text('branch_id'),
    title: text('title').notNull(),
    description: text('description').notNull(),
    opensAt: integer('opens_at').notNull(),
    closesAt: integer('closes_at').notNull(),
    bankIds: text('bank_ids', { mode: 'json' }).$type<string[]>().notNull(),
    pool: text('pool', { mode: 'json' }).$type<ContestPool>().notNull(),
    points: text('points', { mode: 'json' }).$type<Record<QuestionType, number>>().notNull(),
    questionCount: integer('question_count').notNull(),
    maxScore: integer('max_score').notNull(),
    timeLimitMs: integer('time_limit_ms').notNull(),
    attemptsAllowed: integer('attempts_allowed').notNull(),
    counts: text('counts').$type<'best' | 'last'>().notNull(),
    shuffleOptions: integer('shuffle_options', { mode: 'boolean' }).notNull(),
    showAnswers: text('show_answers').$type<'after_submit' | 'after_close' | 'never'>().notNull(),
    /** Until it closes, its questions stay out of 每日一练 and out of other contests' draws. */
    keepPoolPrivate: integer('keep_pool_private', { mode: 'boolean' }).notNull().default(true),
    createdBy: text('created_by').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    /** Whether its people have been told it opened, and that its last day has come (notices/contest-notices.ts). */
    openingTold: integer('opening_told', { mode: 'boolean' }).notNull().default(false),
    lastDayTold: integer('last_day_told', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    index('contests_region').on(t.regionId),
    index('contests_branch').on(t.branchId),
    index('contests_to_open').on(t.opensAt).where(sql`opening_told = 0`),
    index('contests_last_day').on(t.closesAt).where(sql`last_day_told = 0`),
  ],
);

/** One question of an attempt in the order shown, with its options' order ("CABD"). */
export type AttemptItem = { id: string; order: string };

export const attempts = sqliteTable(
  'attempts',
  {
    id: text('id').primaryKey(),
    contestId: text('contest_id')
      .notNull()
      .references(() => contests.id),
    userId: text('user_id').notNull(),
    /** The branch the person answers for, and their work team then (for the leaderboards). */
    branchId: text('branch_id').notNull(),
    workTeam: text('work_team'),
    items: text('items', { mode: 'json' }).$type<AttemptItem[]>().notNull(),
    startedAt: integer('started_at').notNull(),
    deadline: integer('deadline').notNull(),
    submittedAt: integer('submitted_at'),
    score: integer('score'),
    correctCount: integer('correct_count'),
    timeUsedMs: integer('time_used_ms'),
    /** How often the app went to the background, as the phone reported it. */
    backgroundCount: integer('background_count').notNull().default(0),
    /** Answers saved faster than the question could be read. */
    fastAnswers: integer('fast_answers').notNull().default(0),
  },
  (t) => [
    index('attempts_contest_user').on(t.contestId, t.userId),
    index('attempts_contest_open').on(t.contestId, t.submittedAt, t.deadline),
    // The scheduled sweep finds open attempts past their deadline in any contest.
    index('attempts_open').on(t.submittedAt, t.deadline),
  ],
);

export const attemptAnswers = sqliteTable(
  'attempt_answers',
  {
    attemptId: text('attempt_id').notNull(),
    questionId: text('question_id').notNull(),
    position: integer('position').notNull(),
    /** Letters as in `questions.answer`; null until answered. */
    answer: text('answer'),
    savedAt: integer('saved_at'),
    /** Set when the attempt is scored. */
    correct: integer('correct', { mode: 'boolean' }),
    points: integer('points'),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.questionId] }), index('attempt_answers_question').on(t.questionId)],
);

/** The score that counts for a person in a contest (best or last attempt): the leaderboards read only this. */
export const contestEntries = sqliteTable(
  'contest_entries',
  {
    contestId: text('contest_id').notNull(),
    userId: text('user_id').notNull(),
    branchId: text('branch_id').notNull(),
    workTeam: text('work_team'),
    score: integer('score').notNull(),
    timeUsedMs: integer('time_used_ms').notNull(),
    attemptId: text('attempt_id').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.contestId, t.userId] }),
    index('contest_entries_rank').on(t.contestId, t.score, t.timeUsedMs),
    index('contest_entries_branch').on(t.contestId, t.branchId),
  ],
);

/**
 * Each contest's entries per branch: how many took part and the sum of their scores, kept by
 * triggers on `contest_entries` (migration 0017), so dashboards never read the entries.
 */
export const contestBranchStats = sqliteTable(
  'contest_branch_stats',
  {
    contestId: text('contest_id').notNull(),
    branchId: text('branch_id').notNull(),
    participants: integer('participants').notNull().default(0),
    scoreSum: integer('score_sum').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.branchId, t.contestId] })],
);

/** 每日一练: the five questions of one person's day, what they answered, and their streak. */
export const practiceDays = sqliteTable(
  'practice_days',
  {
    userId: text('user_id').notNull(),
    /** YYYY-MM-DD in China time. */
    day: text('day').notNull(),
    questionIds: text('question_ids', { mode: 'json' }).$type<string[]>().notNull(),
    answers: text('answers', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    correct: integer('correct').notNull().default(0),
    /** Set when all five are answered: the days in a row up to this one. */
    streak: integer('streak'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);
