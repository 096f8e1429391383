import { LEAVE_STATUS_LABELS } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { api } from '../../api/client';
import { Button } from '../../components/ui';
import type { Person } from './person-row';
import { routes } from '../../api/routes';

/** A leave request under a person: the reason, and approve / refuse (again, to change one's mind). */
export function LeaveDecision({ eventId, person, onDecided }: { eventId: string; person: Person; onDecided(): void }) {
  const leave = person.leave!;
  async function decide(decision: 'approve' | 'refuse') {
    try {
      await api(routes.leave, { params: { id: eventId }, body: { userId: person.userId, decision } });
      void Taro.showToast({ title: decision === 'approve' ? '已批准请假' : '已不批准', icon: 'success' });
      onDecided();
    } catch {
      // Shown by the request module.
    }
  }
  return (
    <View className="attendance__leave">
      <Text>
        请假原因：{leave.reason}（{LEAVE_STATUS_LABELS[leave.status]}）
      </Text>
      <View className="attendance__leave-actions">
        {leave.status !== 'approved' && (
          <Button size="small" type="primary" onClick={() => void decide('approve')}>
            批准
          </Button>
        )}
        {leave.status !== 'refused' && (
          <Button size="small" type="default" onClick={() => void decide('refuse')}>
            不批准
          </Button>
        )}
      </View>
    </View>
  );
}
