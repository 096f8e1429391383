/**
 * 文本导入: questions pasted from a Word or PDF document. 识别 shows every question as parsed (its
 * type, options and the right answer) and every problem by line before anything is saved; 导入
 * sends the text, which the server parses again and saves in one batch, or refuses whole.
 */
import { OPTION_LETTERS, QUESTION_TEXT_MAX_CHARS, QUESTION_TYPE_LABELS } from '@sitebranch/shared';
import { parseQuestionText, type TextIssue, type TextQuestion } from '@sitebranch/shared/readers';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { api } from '../../api/client';
import type { ApiRequestError } from '../../api/errors';
import { TextAreaField } from '../../components/text-area-field';
import { Button } from '../../components/ui';
import { ImportReport, type ImportOutcome } from '../import/import-report';
import { routes } from '../../api/routes';

const EXAMPLE =
  '一、单选题\n1. 中国共产党成立于（ B ）\nA. 1919年  B. 1921年  C. 1927年  D. 1949年\n二、判断题\n2. 党员应当按期交纳党费。（√）';

function QuestionPreview({ item }: { item: TextQuestion }) {
  const { question } = item;
  return (
    <View className="text-import__question" role="listitem">
      <Text className="text-import__stem">
        第 {item.line} 行 · {QUESTION_TYPE_LABELS[question.type]}：{question.stem}
      </Text>
      {question.options.map((option, i) => {
        const letter = OPTION_LETTERS[i]!;
        const right = question.answer.includes(letter);
        return (
          <Text key={letter} className={right ? 'text-import__option text-import__option--right' : 'text-import__option'}>
            {letter}. {option}
            {right ? '（正确答案）' : ''}
          </Text>
        );
      })}
      {question.explanation && <Text className="sb-muted">解析：{question.explanation}</Text>}
    </View>
  );
}

export function TextImport({ bankId, onImported }: { bankId: string; onImported(): void }) {
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<{ questions: TextQuestion[]; issues: TextIssue[] } | null>(null);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [open, setOpen] = useState(false);

  async function save() {
    setSaving(true);
    setOutcome(null);
    try {
      const { imported } = await api(routes.importQuestionText, { params: { id: bankId }, body: { text } }, { toast: false });
      setOutcome({ kind: 'done', fileName: '粘贴的文本', imported });
      setText('');
      setPreview(null);
      onImported();
    } catch (e) {
      const error = e as ApiRequestError;
      setOutcome({ kind: 'failed', fileName: '粘贴的文本', message: error.message, issues: error.issues ?? [] });
    } finally {
      setSaving(false);
    }
  }

  if (!open) {
    return (
      <View className="sb-actions">
        <Button type="default" onClick={() => setOpen(true)}>
          粘贴文本导入（Word、PDF 中的题目）
        </Button>
      </View>
    );
  }

  return (
    <View className="sb-card sb-import text-import">
      <Text className="sb-import__title">粘贴文本导入</Text>
      <Text className="sb-muted">
        从 Word 或 PDF 复制题目粘贴到下面：题目带编号，选项写成 A、A. 或 (A)，答案写成“答案：A”、括号里的（ A
        ）或选项后的（正确答案），判断题写（√）（×）。先识别、核对，再导入。
      </Text>
      <TextAreaField
        id="question-text"
        label="题目文本"
        value={text}
        maxlength={QUESTION_TEXT_MAX_CHARS}
        placeholder={EXAMPLE}
        onChange={(value) => {
          setText(value);
          setPreview(null);
          setOutcome(null);
        }}
      />
      <View className="sb-import__actions">
        <Button type="default" disabled={!text.trim()} onClick={() => setPreview(parseQuestionText(text))}>
          识别题目
        </Button>
      </View>
      {preview && (
        <View className="text-import__preview" aria-label="识别结果">
          <View className="text-import__summary" role="status">
            识别出 {preview.questions.length} 道题{preview.issues.length ? `，${preview.issues.length} 处问题需要修改` : '，没有问题'}
          </View>
          {preview.issues.length > 0 && (
            <View className="sb-import__failed" role="list" aria-label="文本中的问题">
              {preview.issues.map((issue, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list, replaced whole by each 识别 and never reordered; two issues may have the same line and message.
                <View key={i} className="sb-import__issue" role="listitem">
                  第 {issue.line} 行：{issue.message}
                </View>
              ))}
            </View>
          )}
          <View role="list" aria-label="识别出的题目" className="text-import__questions">
            {preview.questions.map((item) => (
              <QuestionPreview key={item.line} item={item} />
            ))}
          </View>
          <Button
            type="primary"
            loading={saving}
            disabled={saving || preview.issues.length > 0 || preview.questions.length === 0}
            onClick={() => void save()}
          >
            {preview.issues.length ? '请先修改文本中的问题' : `导入 ${preview.questions.length} 道题`}
          </Button>
        </View>
      )}
      {outcome && <ImportReport outcome={outcome} />}
    </View>
  );
}
