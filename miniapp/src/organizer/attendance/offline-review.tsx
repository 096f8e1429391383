import { type BodyOf, CHECKIN_STATUS_LABELS, TEXT_MAX } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import type { ApiRequestError } from '../../api/errors';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/ui';
import type { Person } from './person-row';
import { routes } from '../../api/routes';

type Review = BodyOf<typeof routes.reviewCheckins>;

async function review(eventId: string, body: Review): Promise<number> {
  const { changed } = await api(routes.reviewCheckins, { params: { id: eventId }, body }, { toast: false });
  return changed;
}

/**
 * An offline check-in under a person: a claim made on their phone with no signal. 确认 counts it;
 * 不通过 needs a reason, which the person then sees. Either can be changed later.
 */
export function OfflineReview({ eventId, person, onReviewed }: { eventId: string; person: Person; onReviewed(): void }) {
  const [refusing, setRefusing] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();

  async function decide(body: Review) {
    setError(undefined);
    try {
      await review(eventId, body);
      void Taro.showToast({ title: body.decision === 'confirm' ? '已确认' : '已标记不通过', icon: 'success' });
      setRefusing(false);
      onReviewed();
    } catch (e) {
      const failure = e as ApiRequestError;
      setError(failure.fields?.note ?? failure.message);
    }
  }

  return (
    <View className="attendance__leave">
      <Text>
        离线签到（{CHECKIN_STATUS_LABELS[person.checkinStatus ?? 'pending']}）{person.reviewNote ? `：${person.reviewNote}` : ''}
      </Text>
      {refusing ? (
        <View>
          <TextField
            id={`refuse-${person.userId}`}
            label="不通过的原因"
            value={note}
            maxlength={TEXT_MAX.attendanceReason}
            placeholder="如：当天未在现场"
            onChange={setNote}
            error={error}
          />
          <View className="attendance__leave-actions">
            <Button
              size="small"
              type="primary"
              disabled={!note.trim()}
              onClick={() => void decide({ userIds: [person.userId], decision: 'refuse', note: note.trim() })}
            >
              确定不通过
            </Button>
            <Button size="small" type="default" onClick={() => setRefusing(false)}>
              取消
            </Button>
          </View>
        </View>
      ) : (
        <View className="attendance__leave-actions">
          {person.checkinStatus !== 'confirmed' && (
            <Button size="small" type="primary" onClick={() => void decide({ userIds: [person.userId], decision: 'confirm' })}>
              确认
            </Button>
          )}
          {person.checkinStatus !== 'refused' && (
            <Button size="small" type="default" onClick={() => setRefusing(true)}>
              不通过
            </Button>
          )}
          {error && <Text className="sb-field__error">{error}</Text>}
        </View>
      )}
    </View>
  );
}

/** 全部确认: every offline check-in still waiting, in one step. */
export function ConfirmAllPending({ eventId, count, onReviewed }: { eventId: string; count: number; onReviewed(): void }) {
  async function confirmAll() {
    const { confirm } = await Taro.showModal({
      title: '全部确认',
      content: `确认 ${count} 条待确认的离线签到，计入出勤？`,
      confirmText: '全部确认',
      confirmColor: '#b3121a',
    });
    if (!confirm) return;
    try {
      const changed = await review(eventId, { allPending: true, decision: 'confirm' });
      void Taro.showToast({ title: `已确认 ${changed} 人`, icon: 'success' });
      onReviewed();
    } catch (e) {
      void Taro.showToast({ title: (e as ApiRequestError).message, icon: 'none' });
    }
  }
  return (
    <Button size="small" type="primary" fill="outline" onClick={() => void confirmAll()}>
      全部确认（{count} 人）
    </Button>
  );
}
