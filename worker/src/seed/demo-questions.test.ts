import {
  JUDGE_OPTIONS,
  MAX_OPTIONS,
  MIN_OPTIONS,
  OPTION_LETTERS,
  QUESTION_TYPES,
  SUGGESTED_TAGS,
  isValidAnswer,
  stemKey,
} from '@sitebranch/shared';
import { describe, expect, it } from 'vitest';
import { DEMO_QUESTIONS } from './demo-questions';

const TAGS: readonly string[] = SUGGESTED_TAGS;
/** "A." "A、" "A．" "(A)" "A " and the like at the start of an option. */
const LETTER_PREFIX = /^\s*[(（]?[A-Fa-fＡ-Ｆａ-ｆ][)）]?\s*[.、．:：)）\s]/u;

const label = (i: number) => `#${i + 1} ${DEMO_QUESTIONS[i]?.stem.slice(0, 20)}`;

describe('demo question bank', () => {
  it('has at least 64 questions', () => {
    expect(DEMO_QUESTIONS.length).toBeGreaterThanOrEqual(64);
  });

  it('writes every question in the shape the contest expects', () => {
    DEMO_QUESTIONS.forEach((q, i) => {
      const where = label(i);
      expect(QUESTION_TYPES, where).toContain(q.type);
      expect(q.stem.trim(), where).toBe(q.stem);
      expect(q.stem.length, where).toBeGreaterThanOrEqual(8);
      expect(q.stem.length, where).toBeLessThanOrEqual(200);
      expect(q.stem, where).not.toMatch(/^\s*\d+\s*[.、．)）]/u);

      expect(q.options.length, where).toBeGreaterThanOrEqual(MIN_OPTIONS);
      expect(q.options.length, where).toBeLessThanOrEqual(MAX_OPTIONS);
      if (q.type === 'judge') expect(q.options, where).toEqual([...JUDGE_OPTIONS]);
      expect(new Set(q.options.map((o) => o.trim())).size, where).toBe(q.options.length);
      for (const option of q.options) {
        expect(option.trim().length, where).toBeGreaterThan(0);
        expect(option, where).not.toMatch(LETTER_PREFIX);
      }

      expect(isValidAnswer(q.type, q.answer, q.options.length), `${where}: answer ${q.answer}`).toBe(true);
      if (q.type === 'multiple') expect(q.answer.length, where).toBeLessThan(q.options.length);

      expect(q.explanation.trim().length, where).toBeGreaterThan(0);
      expect(q.tags.length, where).toBeGreaterThanOrEqual(1);
      expect(q.tags.length, where).toBeLessThanOrEqual(2);
      expect(new Set(q.tags).size, where).toBe(q.tags.length);
      for (const tag of q.tags) expect(TAGS, where).toContain(tag);
      expect(['easy', 'medium', 'hard'], where).toContain(q.difficulty);
    });
  });

  it('has no two questions with the same stem', () => {
    const seen = new Map<string, number>();
    DEMO_QUESTIONS.forEach((q, i) => {
      const key = stemKey(q.stem);
      expect(seen.has(key), `${label(i)} repeats ${label(seen.get(key) ?? 0)}`).toBe(false);
      seen.set(key, i);
    });
  });

  it('covers the main topics and every question type', () => {
    for (const tag of ['党章党规', '党史', '安全生产', '廉洁从业']) {
      expect(DEMO_QUESTIONS.filter((q) => q.tags.includes(tag)).length, tag).toBeGreaterThanOrEqual(8);
    }
    for (const type of QUESTION_TYPES) {
      expect(DEMO_QUESTIONS.filter((q) => q.type === type).length, type).toBeGreaterThanOrEqual(10);
    }
  });

  it('spreads the right letter of single-choice questions', () => {
    const singles = DEMO_QUESTIONS.filter((q) => q.type === 'single');
    for (const letter of OPTION_LETTERS) {
      const count = singles.filter((q) => q.answer === letter).length;
      expect(count / singles.length, `answer ${letter}: ${count} of ${singles.length}`).toBeLessThanOrEqual(0.45);
    }
  });
});
