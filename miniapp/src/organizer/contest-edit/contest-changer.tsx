import type { Contest } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import type { ApiRequestError } from '../../api/errors';
import { StateView } from '../../components/state-view';
import { useRequest } from '../../hooks/use-request';
import { BasicsSection } from './basics-section';
import { formFromContest, SHOW_ANSWERS_LABELS, toUpdateBody, type ContestForm, type SetField } from './contest-form';
import { KeepPrivateToggle } from './rules-section';
import { SaveBar } from './save-bar';
import { routes } from '../../api/routes';

/** What is fixed once created, in one line: who has answered did so under these rules. */
function fixedRules(c: Contest): string {
  const attempts =
    c.attemptsAllowed > 1 ? `可答 ${c.attemptsAllowed} 次（${c.counts === 'best' ? '取最好成绩' : '取最后一次'}）` : '只能答 1 次';
  return `${c.questionCount} 题 · 满分 ${c.maxScore} · 限时 ${c.timeLimitMinutes} 分钟 · ${attempts} · ${c.shuffleOptions ? '打乱选项' : '选项不打乱'} · 答案${SHOW_ANSWERS_LABELS[c.showAnswers]}公布`;
}

function Changer({ contest, onSaved }: { contest: Contest; onSaved(): void }) {
  const [form, setForm] = useState<ContestForm>(() => formFromContest(contest));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const set: SetField = (key, value) => setForm((f) => ({ ...f, [key]: value }));

  async function save() {
    const body = toUpdateBody(form, contest);
    if (Object.keys(body).length === 0) {
      setErrors({ _: '没有修改任何内容' });
      return;
    }
    setSaving(true);
    setErrors({});
    try {
      await api(routes.updateContest, { params: { id: contest.id }, body }, { toast: false });
      void Taro.showToast({ title: '已保存', icon: 'success' });
      onSaved();
    } catch (e) {
      const error = e as ApiRequestError;
      setErrors({ ...error.fields, _: error.message });
    } finally {
      setSaving(false);
    }
  }

  return (
    <View>
      <BasicsSection form={form} set={set} errors={errors} />
      <View className="sb-card contest-section">
        <KeepPrivateToggle form={form} set={set} errors={errors} />
        <View className="sb-field contest-fixed">
          <Text className="sb-field__label">抽题和规则（创建后不能修改）</Text>
          <Text>{fixedRules(contest)}</Text>
          <Text className="sb-muted">已有 {contest.participants} 人参加；要换题目或规则，请新建一个竞赛。</Text>
        </View>
      </View>
      <SaveBar error={errors._} saving={saving} label="保存修改" onSave={() => void save()} />
    </View>
  );
}

/** 修改竞赛: the name, description, when it is open and 题目保密 of a contest already created. */
export function ContestChanger({ contestId, onSaved }: { contestId: string; onSaved(): void }) {
  const loaded = useRequest(() => api(routes.getContest, { params: { id: contestId } }, { toast: false }), [contestId]);
  const contest = loaded.data;
  return (
    <StateView loading={loaded.loading && !contest} error={contest ? null : loaded.error} onRetry={() => void loaded.reload()}>
      {contest &&
        (contest.canManage ? (
          <Changer contest={contest} onSaved={onSaved} />
        ) : (
          <StateView empty emptyTitle="只有竞赛的组织者可以修改竞赛" />
        ))}
    </StateView>
  );
}
