import {
  formatCst,
  QUESTION_TYPES,
  type BodyOf,
  type Contest,
  type endpoints,
  type QuestionType,
  type SHOW_ANSWERS,
} from '@sitebranch/shared';
import { ownerBody, type OwnerChoice } from '../question-banks/owners';
import { startsAtOf } from '../event-edit/event-form';

export type ShowAnswers = (typeof SHOW_ANSWERS)[number];

/** One draw rule as typed: the count and points stay text until the body is built. */
export interface DrawRow {
  type: QuestionType;
  count: string;
  tag: string;
}

export interface ContestForm {
  title: string;
  description: string;
  /** `YYYY-MM-DD` and `HH:mm` in China Standard Time, as the pickers give them. */
  opensDate: string;
  opensTime: string;
  closesDate: string;
  closesTime: string;
  bankIds: string[];
  draw: DrawRow[];
  points: Record<QuestionType, string>;
  timeLimitMinutes: number;
  attemptsAllowed: number;
  counts: 'best' | 'last';
  shuffleOptions: boolean;
  showAnswers: ShowAnswers;
  /** 题目保密: until it closes, its questions stay out of 每日一练 and other branches' contests. */
  keepPoolPrivate: boolean;
}

export type SetField = <K extends keyof ContestForm>(key: K, value: ContestForm[K]) => void;
export interface SectionProps {
  form: ContestForm;
  set: SetField;
  errors: Record<string, string>;
}

export const TIME_LIMITS = [5, 10, 15, 20, 30, 45, 60, 90, 120, 180];
export const MAX_DRAW_RULES = 10;
export const SHOW_ANSWERS_LABELS: Record<ShowAnswers, string> = { after_submit: '交卷后', after_close: '竞赛结束后', never: '不公布' };
export const COUNTS_LABELS: Record<ContestForm['counts'], string> = { best: '最好成绩', last: '最后一次' };

const WEEK_MS = 7 * 24 * 60 * 60_000;
const QUARTER_MS = 15 * 60_000;

function pickerParts(ms: number): { date: string; time: string } {
  const [date, time] = formatCst(ms).split(' ');
  return { date: date!, time: time! };
}

export function newDrawRow(type: QuestionType = 'single', count = 5): DrawRow {
  return { type, count: String(count), tag: '' };
}

/**
 * A new contest opens at the next quarter hour (China time) and runs a week; 20 questions
 * (10 single, 5 multiple, 5 true/false) at 2, 4 and 1 points, 20 minutes, one attempt.
 */
export function defaultContestForm(now = Date.now()): ContestForm {
  const opensAt = Math.ceil((now + 5 * 60_000) / QUARTER_MS) * QUARTER_MS;
  const opens = pickerParts(opensAt);
  const closes = pickerParts(opensAt + WEEK_MS);
  return {
    title: '',
    description: '',
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    bankIds: [],
    draw: [newDrawRow('single', 10), newDrawRow('multiple', 5), newDrawRow('judge', 5)],
    points: { single: '2', multiple: '4', judge: '1' },
    timeLimitMinutes: 20,
    attemptsAllowed: 1,
    counts: 'best',
    shuffleOptions: true,
    showAnswers: 'after_close',
    keepPoolPrivate: true,
  };
}

/** A typed number; blank or not a number reads as 0, which the server refuses in its own words. */
function numberOf(text: string): number {
  const n = Number(text.trim());
  return Number.isFinite(n) ? n : 0;
}

/** How many questions each person gets, and the score of all of them right. */
export function totals(form: ContestForm): { questions: number; maxScore: number } {
  let questions = 0;
  let maxScore = 0;
  for (const rule of form.draw) {
    questions += numberOf(rule.count);
    maxScore += numberOf(rule.count) * numberOf(form.points[rule.type]);
  }
  return { questions, maxScore };
}

/** The body of `POST /api/contests`, for the branch on screen or a whole region. */
export function toContestBody(form: ContestForm, owner: OwnerChoice): BodyOf<typeof endpoints.createContest> {
  return {
    ...ownerBody(owner),
    title: form.title,
    description: form.description,
    opensAt: startsAtOf({ date: form.opensDate, time: form.opensTime }),
    closesAt: startsAtOf({ date: form.closesDate, time: form.closesTime }),
    bankIds: form.bankIds,
    draw: form.draw.map((rule) => ({ type: rule.type, count: numberOf(rule.count), ...(rule.tag.trim() && { tag: rule.tag.trim() }) })),
    points: Object.fromEntries(QUESTION_TYPES.map((type) => [type, numberOf(form.points[type])])) as Record<QuestionType, number>,
    timeLimitMinutes: form.timeLimitMinutes,
    attemptsAllowed: form.attemptsAllowed,
    counts: form.counts,
    shuffleOptions: form.shuffleOptions,
    showAnswers: form.showAnswers,
    keepPoolPrivate: form.keepPoolPrivate,
  };
}

/** A created contest as the form shows it, to change what may still change. */
export function formFromContest(contest: Contest): ContestForm {
  const opens = pickerParts(contest.opensAt);
  const closes = pickerParts(contest.closesAt);
  return {
    title: contest.title,
    description: contest.description,
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    bankIds: contest.bankIds,
    draw: contest.draw.map((rule) => ({ type: rule.type, count: String(rule.count), tag: rule.tag ?? '' })),
    points: Object.fromEntries(QUESTION_TYPES.map((type) => [type, String(contest.points[type])])) as Record<QuestionType, string>,
    timeLimitMinutes: contest.timeLimitMinutes,
    attemptsAllowed: contest.attemptsAllowed,
    counts: contest.counts,
    shuffleOptions: contest.shuffleOptions,
    showAnswers: contest.showAnswers,
    keepPoolPrivate: contest.keepPoolPrivate,
  };
}

/**
 * The body of `PATCH /api/contests/{id}`: only what changed of the name, description, times and
 * 题目保密 (the draw, points and rules are fixed once people may have answered). Empty: nothing changed.
 */
export function toUpdateBody(form: ContestForm, contest: Contest): BodyOf<typeof endpoints.updateContest> {
  const opensAt = startsAtOf({ date: form.opensDate, time: form.opensTime });
  const closesAt = startsAtOf({ date: form.closesDate, time: form.closesTime });
  return {
    ...(form.title !== contest.title && { title: form.title }),
    ...(form.description !== contest.description && { description: form.description }),
    ...(opensAt !== contest.opensAt && { opensAt }),
    ...(closesAt !== contest.closesAt && { closesAt }),
    ...(form.keepPoolPrivate !== contest.keepPoolPrivate && { keepPoolPrivate: form.keepPoolPrivate }),
  };
}
