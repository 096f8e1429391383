import { normalizeCell } from '../question-import';
import { fold, INVISIBLE, slice, spanOf } from './lines';
import type { Draft } from './draft';
import { readHeading } from './headings';
import { LABEL_WORDS } from './labels';
import { isPageNumber } from './page-numbers';
import type { Piece } from './pieces';
import type { TextIssue } from './types';

// The answer key at the end of a paper

/** The title of an answer key: `参考答案`, `【答案】`, `附：参考答案及解析`. */
const KEY_TITLE = /^[【[]?\s*(?:附\s*[:：]?\s*)?(?:参考答案|标准答案|正确答案|答案)(?:及解析|与解析|和解析)?\s*[】\]]?\s*[:：]?\s*$/;
/** `1.A`, `2、BCD`, `3:√`, `4 对`, and ranges `1-5 ABCDA`, `6～10：A B AC D B`. */
const KEY_ENTRY =
  /(\d{1,4})\s*(?:[-~—–]\s*(\d{1,4})\s*)?[.、:)]?\s*((?:[A-Fa-f]{1,6}|[√×✓✗✔✘]|正确|错误|对|错)(?:\s+(?:[A-Fa-f]{1,6}|[√×✓✗✔✘]|正确|错误|对|错))*)(?![A-Za-z\u4e00-\u9fff])/g;

const KEY_EXPLANATION_LABEL = new RegExp(`^[。.,，;；\\s]*(?:[【[]\\s*(?:${LABEL_WORDS})\\s*[】\\]]|(?:${LABEL_WORDS})\\s*[:：])?`);

interface KeyEntry {
  number: number;
  answer: string;
  line: number;
  explanation: string[];
}

function keyEntriesIn(folded: string): { number: number; answers: string[]; start: number; end: number }[] {
  const entries: { number: number; answers: string[]; start: number; end: number }[] = [];
  KEY_ENTRY.lastIndex = 0;
  for (let match = KEY_ENTRY.exec(folded); match; match = KEY_ENTRY.exec(folded)) {
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    const tokens = match[3]!.split(/\s+/);
    const count = to - from + 1;
    let answers: string[] = tokens;
    if (count > 1 && tokens.length === 1 && tokens[0]!.length === count) answers = [...tokens[0]!];
    else if (count === 1 && tokens.length > 1) answers = [tokens[0]!];
    if (count < 1 || count > 50 || answers.length !== count) continue;
    entries.push({ number: from, answers, start: match.index, end: match.index + match[0].length });
  }
  return entries;
}

/**
 * Where an answer key begins: `参考答案` (`【答案】`, `答案：`) on its own line with `1.A 2.B` entries
 * after it, perhaps under a heading (`一、单选题`); or `参考答案：1.A 2.B 3.C` on one line.
 */
export function answerKeyStartsAt(rawLines: string[], pieces: Piece[][], i: number): boolean {
  const own = fold(rawLines[i]!.replace(INVISIBLE, '').trim());
  const first = pieces[i]![0];
  if (!KEY_TITLE.test(own)) return first?.kind === 'label' && first.label === 'answer' && keyEntriesIn(fold(first.value)).length >= 2;
  let afterHeading = false;
  for (let j = i + 1; j < rawLines.length; j++) {
    const folded = fold(rawLines[j]!.replace(INVISIBLE, '').trim());
    if (!folded || isPageNumber(folded)) continue;
    if (keyEntriesIn(folded).length > 0) return true;
    if (afterHeading || !readHeading(spanOf(folded))) return false;
    afterHeading = true;
  }
  return false;
}

/**
 * Reads the key from line `at` to the end and gives its answers to the drafts. A key numbers by
 * section when the paper does: a heading in the key, or a number starting again, begins its next
 * section. Sections of questions that cannot be imported (填空题) are skipped as in the paper.
 */
export function readAnswerKey(pieces: Piece[][], rawLines: string[], at: number, drafts: Draft[], issues: TextIssue[]): void {
  const sections: KeyEntry[][] = [[]];
  let last: KeyEntry | null = null;
  let skipping = false;
  const title = pieces[at]![0];
  const lines = rawLines.map((raw, j) => ({ text: raw.replace(INVISIBLE, '').trim(), line: j + 1 })).slice(at + 1);
  lines.unshift({ text: title?.kind === 'label' ? title.value : '', line: at + 1 });
  for (const { text, line } of lines) {
    const folded = fold(text);
    if (!text || isPageNumber(folded)) continue;
    const heading = readHeading(spanOf(text));
    if (heading) {
      if (sections[sections.length - 1]!.length > 0) sections.push([]);
      skipping = heading.unsupported !== null;
      last = null;
      continue;
    }
    if (skipping) continue;
    const entries = keyEntriesIn(folded);
    if (entries.length === 0) {
      if (last) last.explanation.push(text);
      else issues.push({ line, message: '答案表里的这一行没有读取：请写成“1.A 2.B 3.C”或“1-5 ABCDA”' });
      continue;
    }
    for (const entry of entries) {
      const section = sections[sections.length - 1]!;
      const previous = section[section.length - 1];
      if (previous && entry.number <= previous.number) sections.push([]);
      const into = sections[sections.length - 1]!;
      for (const [k, answer] of entry.answers.entries()) into.push({ number: entry.number + k, answer, line, explanation: [] });
    }
    // `1.A 党的一大…` or `1.A 解析：…`: one entry, then its explanation.
    const section = sections[sections.length - 1]!;
    last = entries.length === 1 && entries[0]!.answers.length === 1 ? section[section.length - 1]! : null;
    const rest = last ? slice(spanOf(text), entries[0]!.end).text.replace(KEY_EXPLANATION_LABEL, '').trim() : '';
    if (last && rest) last.explanation.push(rest);
  }
  applyKey(
    sections.filter((section) => section.length > 0),
    drafts,
    issues,
  );
}

/**
 * Which draft each key entry answers. When the paper numbers straight through (no number twice), by
 * number alone; else by run and number, a run being a section of the paper or of the key, or where
 * its numbers start again.
 */
function applyKey(sections: KeyEntry[][], drafts: Draft[], issues: TextIssue[]): void {
  const numbered = drafts.filter((draft) => draft.number !== null);
  const straight = new Set(numbered.map((draft) => draft.number)).size === numbered.length;
  const byKey = new Map<string, Draft>();
  let run = 0;
  numbered.forEach((draft, i) => {
    const previous = numbered[i - 1];
    if (previous && (draft.section !== previous.section || draft.number! <= previous.number!)) run++;
    byKey.set(straight ? `${draft.number}` : `${run}:${draft.number}`, draft);
  });
  sections.forEach((entries, section) => {
    for (const entry of entries) {
      const draft = byKey.get(straight ? `${entry.number}` : `${section}:${entry.number}`);
      if (!draft) {
        issues.push({ line: entry.line, message: `答案表里的第 ${entry.number} 题在上面找不到，请检查题号` });
        continue;
      }
      if (draft.answer && normalizeCell(draft.answer.raw) !== normalizeCell(entry.answer)) {
        draft.problems.push({
          line: entry.line,
          message: `答案表里的答案（${entry.answer}）和题目下面写的答案（${draft.answer.raw}）不一样，请只留一个`,
        });
        continue;
      }
      draft.answer ??= { raw: entry.answer, line: entry.line };
      if (entry.explanation.length && !draft.explanation) draft.explanation = { parts: entry.explanation, line: entry.line };
    }
  });
}
