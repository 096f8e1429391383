import type { Question } from '@sitebranch/shared';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/client';
import { ApiRequestError } from '../../api/errors';
import { QuestionEditor } from './question-editor';

vi.mock('../../api/client', () => ({ api: vi.fn() }));
const apiMock = vi.mocked(api);

const question: Question = {
  id: 'q1',
  bankId: 'bank1',
  type: 'single',
  stem: '施工现场临时用电应当采用几级配电？',
  options: ['一级', '二级', '三级', '四级'],
  answer: 'B',
  explanation: '',
  tags: ['安全生产'],
  difficulty: 'easy',
  status: 'active',
  updatedAt: 0,
};

describe('the question editor', () => {
  afterEach(() => {
    cleanup();
    apiMock.mockReset();
  });

  it('moves the right answer to the letter tapped, and saves the question with its status', async () => {
    const onSaved = vi.fn();
    render(<QuestionEditor bankId="bank1" question={question} onSaved={onSaved} onCancel={() => undefined} />);
    const letter = (l: string) => screen.getByRole('radio', { name: `选项 ${l} 是正确答案` });
    expect(letter('B').getAttribute('aria-checked')).toBe('true');
    fireEvent.click(letter('C'));
    expect(letter('B').getAttribute('aria-checked')).toBe('false');
    expect(letter('C').getAttribute('aria-checked')).toBe('true');

    apiMock.mockResolvedValue(question as never);
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(apiMock.mock.calls[0]![1]).toEqual({
      params: { id: 'bank1', questionId: 'q1' },
      body: {
        type: 'single',
        stem: question.stem,
        options: question.options,
        answer: 'C',
        explanation: '',
        tags: ['安全生产'],
        difficulty: 'easy',
        status: 'active',
      },
    });
  });

  it('says what is missing for a new question before it can be saved', () => {
    render(<QuestionEditor bankId="bank1" question={null} onSaved={() => undefined} onCancel={() => undefined} />);
    expect(screen.getByText('请填写题干')).toBeTruthy();
    expect(screen.getByRole('button', { name: '保存' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('shows the server’s message under the field it is about', async () => {
    render(<QuestionEditor bankId="bank1" question={question} onSaved={() => undefined} onCancel={() => undefined} />);
    apiMock.mockRejectedValue(new ApiRequestError(409, 'conflict', '题库中已有相同的题目', { stem: '题库中已有相同的题目' }));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText('题库中已有相同的题目');
  });
});
