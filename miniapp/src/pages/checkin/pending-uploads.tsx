/** Check-ins scanned with no signal and kept on the phone: waiting to be uploaded, or refused until dismissed. */
import { formatCst } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import type { PendingCheckin } from '../../checkin/offline-queue';
import { Button } from '../../components/ui';

/** Scans kept on the phone with no signal: waiting to be uploaded, or refused with the reason until dismissed. */
export function PendingUploads({
  pending,
  onSend,
  onDismiss,
}: {
  pending: PendingCheckin[];
  onSend(): void;
  onDismiss(item: PendingCheckin): void;
}) {
  if (pending.length === 0) return null;
  const waiting = pending.filter((p) => !p.refused);
  const refused = pending.filter((p) => p.refused);
  return (
    <View className="sb-card checkin-pending" role="status">
      {waiting.length > 0 && <Text className="checkin-pending__title">待上传 {waiting.length} 条签到</Text>}
      {waiting.map((p) => (
        <Text key={p.eventId} className="sb-muted">
          扫码时间：{formatCst(p.scannedAt)}
          {p.location ? ' · 已记下位置' : ''}
        </Text>
      ))}
      {waiting.length > 0 && (
        <Button size="small" type="primary" fill="outline" onClick={onSend}>
          立即上传
        </Button>
      )}
      {refused.map((p) => (
        <View key={p.eventId} className="checkin-pending__refused" role="alert">
          <Text className="checkin-pending__title">离线签到没有成功（扫码时间 {formatCst(p.scannedAt)}）</Text>
          <Text className="checkin-pending__reason">{p.refused!.message}</Text>
          <Button size="small" type="default" onClick={() => onDismiss(p)}>
            知道了，删除这条
          </Button>
        </View>
      ))}
    </View>
  );
}
