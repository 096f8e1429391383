/**
 * Drawing an attempt's questions from a contest's pool, and shuffling their options. The pool
 * is fixed when the contest is created: one list of question ids per draw rule, disjoint, so
 * drawing never needs to read the banks again.
 */
import { OPTION_LETTERS, type QuestionType } from '@sitebranch/shared';
import type { AttemptItem, ContestPool } from '../db/contest-schema';

type Random = () => number;

/** A uniformly random `count` of `ids` (partial Fisher–Yates). */
function sample(ids: readonly string[], count: number, random: Random): string[] {
  const copy = [...ids];
  for (let i = 0; i < count && i < copy.length; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}

/** The order an attempt shows a question's options in, as their letters ("CABD"). */
export function optionOrder(optionCount: number, shuffle: boolean, random: Random): string {
  const letters = OPTION_LETTERS.slice(0, optionCount);
  return (shuffle ? sample(letters, optionCount, random) : letters).join('');
}

/** The questions of a new attempt, in a random order across rules. */
export function drawItems(
  pool: ContestPool,
  optionCounts: Map<string, number>,
  shuffle: boolean,
  random: Random = Math.random,
): AttemptItem[] {
  const ids = sample(
    pool.flatMap((rule) => sample(rule.ids, rule.count, random)),
    Number.MAX_SAFE_INTEGER,
    random,
  );
  return ids.map((id) => ({ id, order: optionOrder(optionCounts.get(id) ?? 2, shuffle, random) }));
}

export interface DrawRule {
  type: QuestionType;
  count: number;
  tag?: string | undefined;
}

/**
 * Splits the candidate questions among the rules: rules with a tag first, so a rule without one
 * draws from the rest ("其余"). Returns the pool, or the first rule that has too few questions.
 */
export function buildPool(
  rules: DrawRule[],
  candidates: { id: string; type: QuestionType; tags: string[] }[],
): { pool: ContestPool } | { short: DrawRule & { available: number } } {
  const taken = new Set<string>();
  const ordered = [...rules].sort((a, b) => Number(b.tag !== undefined) - Number(a.tag !== undefined));
  const pool: ContestPool = [];
  for (const rule of ordered) {
    const ids = candidates
      .filter((q) => q.type === rule.type && (rule.tag === undefined || q.tags.includes(rule.tag)) && !taken.has(q.id))
      .map((q) => q.id);
    if (ids.length < rule.count) return { short: { ...rule, available: ids.length } };
    for (const id of ids) taken.add(id);
    pool.push({ type: rule.type, count: rule.count, ...(rule.tag !== undefined && { tag: rule.tag }), ids });
  }
  return { pool };
}
