import type { Question } from '@sitebranch/shared';
import { describe, expect, it } from 'vitest';
import {
  addOption,
  emptyQuestionForm,
  fieldError,
  missing,
  parseTags,
  questionFormOf,
  removeOption,
  toggleAnswer,
  toQuestionBody,
  withStatus,
  withType,
} from './question-form';

const stored: Question = {
  id: 'q001',
  bankId: 'bank1',
  type: 'multiple',
  stem: '“五位一体”包括哪些单位？',
  options: ['政府监管', '建设单位', '施工单位', '餐馆'],
  answer: 'ABC',
  explanation: '',
  tags: ['党建', '安全生产'],
  difficulty: 'hard',
  status: 'active',
  updatedAt: 0,
};

describe('the question form', () => {
  it('marks one answer for single choice and several for multiple choice', () => {
    let form = { ...emptyQuestionForm(), stem: '支部建在哪里？', options: ['工地', '海上', '天上', '地下'] };
    form = toggleAnswer(toggleAnswer(form, 'B'), 'A');
    expect(form.answer).toBe('A');
    form = withType(form, 'multiple');
    form = toggleAnswer(toggleAnswer(form, 'D'), 'C');
    expect(form.answer).toBe('ACD');
    expect(toggleAnswer(form, 'C').answer).toBe('AD');
    // Back to single: three right answers cannot stay.
    expect(withType(form, 'single').answer).toBe('');
  });

  it('gives judge questions 正确/错误 and blank options when leaving them', () => {
    const judge = withType({ ...emptyQuestionForm(), options: ['x', 'y'], answer: 'A' }, 'judge');
    expect(judge).toMatchObject({ options: ['正确', '错误'], answer: '' });
    expect(addOption(judge).options).toHaveLength(2);
    expect(removeOption(judge, 0).options).toHaveLength(2);
    expect(withType(judge, 'single')).toMatchObject({ options: ['', '', '', ''], answer: '' });
  });

  it('keeps the answer on the same options when one is removed, and stops at 2 and 6 options', () => {
    const form = { ...questionFormOf(stored), answer: 'BCD' }; // B goes: C and D become B and C
    const removed = removeOption(form, 1);
    expect(removed.options).toEqual(['政府监管', '施工单位', '餐馆']);
    expect(removed.answer).toBe('BC');
    expect(removeOption(removeOption(removed, 2), 0).options).toHaveLength(2);
    expect(addOption(addOption(addOption(form))).options).toHaveLength(6);
  });

  it('splits tags on commas and 顿号, and round-trips a stored question', () => {
    expect(parseTags(' 党史，安全生产、党史, 工会 权益 ;')).toEqual(['党史', '安全生产', '工会 权益']);
    const form = questionFormOf(stored);
    expect(form.tagsText).toBe('党建、安全生产');
    expect(toQuestionBody(form)).toEqual({
      type: 'multiple',
      stem: stored.stem,
      options: stored.options,
      answer: 'ABC',
      explanation: '',
      tags: ['党建', '安全生产'],
      difficulty: 'hard',
    });
    expect(withStatus(stored, 'retired')).toMatchObject({ status: 'retired', tags: ['党建', '安全生产'], answer: 'ABC' });
  });

  it('says what is missing before saving', () => {
    const form = emptyQuestionForm();
    expect(missing(form)).toBe('请填写题干');
    expect(missing({ ...form, stem: '题干文字' })).toContain('请填写每个选项');
    expect(missing({ ...form, stem: '题干文字', options: ['a', 'b'] })).toContain('标出正确答案');
    expect(missing({ ...form, type: 'multiple', stem: '题干文字', options: ['a', 'b'], answer: 'A' })).toBe('多选题至少要有两个正确答案');
    expect(missing({ ...form, stem: '题干文字', options: ['a', 'b'], answer: 'B' })).toBeNull();
  });

  it('finds a server message for a field or for anything inside it', () => {
    expect(fieldError({ 'tags.1': '标签不能超过 12 个字' }, 'tags')).toBe('标签不能超过 12 个字');
    expect(fieldError({ tags: '最多 5 个标签', 'tags.1': 'x' }, 'tags')).toBe('最多 5 个标签');
    expect(fieldError({ tagsX: 'no' }, 'tags')).toBeUndefined();
  });
});
