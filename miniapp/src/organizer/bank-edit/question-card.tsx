import { DIFFICULTY_LABELS, OPTION_LETTERS, QUESTION_TYPE_LABELS, type Question } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui';

export interface QuestionCardProps {
  question: Question;
  /** Absent for read-only banks. */
  onEdit?: () => void;
  onStatus?: (status: Question['status']) => void;
  busy?: boolean;
}

/** One question as an organizer checks it: type, stem, lettered options with the right ones marked, tags, difficulty. */
export function QuestionCard({ question, onEdit, onStatus, busy }: QuestionCardProps) {
  const retired = question.status === 'retired';
  return (
    <View className={retired ? 'sb-card bank-q bank-q--retired' : 'sb-card bank-q'}>
      <View className="bank-q__meta">
        <Text className="bank-q__type">{QUESTION_TYPE_LABELS[question.type]}</Text>
        <Text className="sb-muted">难度：{DIFFICULTY_LABELS[question.difficulty]}</Text>
        {retired && <Text className="bank-q__retired">已停用</Text>}
      </View>
      <Text className="bank-q__stem">{question.stem}</Text>
      {question.options.map((option, i) => {
        const letter = OPTION_LETTERS[i]!;
        const right = question.answer?.includes(letter) ?? false;
        return (
          <View key={letter} className={right ? 'bank-q__option bank-q__option--right' : 'bank-q__option'}>
            <Text>
              {letter}. {option}
            </Text>
            {right && <Text className="bank-q__mark">✓ 正确答案</Text>}
          </View>
        );
      })}
      {question.explanation && <Text className="sb-muted bank-q__line">解析：{question.explanation}</Text>}
      {question.tags.length > 0 && <Text className="sb-muted bank-q__line">标签：{question.tags.join('、')}</Text>}
      {onEdit && onStatus && (
        <View className="bank-q__actions">
          <Button size="small" type="primary" fill="outline" disabled={busy} onClick={onEdit}>
            修改
          </Button>
          <Button size="small" type="default" loading={busy} disabled={busy} onClick={() => onStatus(retired ? 'active' : 'retired')}>
            {retired ? '重新启用' : '停用'}
          </Button>
        </View>
      )}
    </View>
  );
}
