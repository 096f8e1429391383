import { formatCst } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import type { ApiRequestError } from '../../api/errors';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { Button } from '../../components/ui';
import { openPage, TAB_PAGES } from '../../nav';
import { checkInWithCode, type CheckinOutcome } from '../../checkin/check-in';
import './index.css';

/** Where a check-in QR code lands (WeChat's scanner or 扫一扫): checks the person in at once. */
function CheckinScanResult() {
  const { params } = useRouter();
  const [outcome, setOutcome] = useState<CheckinOutcome | null>(null);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const eventId = params.e ?? '';
  const token = params.t ? decodeURIComponent(params.t) : '';

  // Once when the page opens, and again from 再试一次.
  const checkIn = useCallback(() => {
    if (!eventId || !token) return;
    setError(null);
    setOutcome(null);
    // The scan time is now, even if the upload has to wait for a signal.
    checkInWithCode({ eventId, token, scannedAt: Date.now() }).then(setOutcome, setError);
  }, [eventId, token]);

  useEffect(() => {
    checkIn();
  }, [checkIn]);

  if (!eventId || !token) return <StateView empty emptyTitle="这不是签到二维码" emptyHint="请扫描组织者大屏上的签到二维码。" />;
  if (error) {
    return (
      <View className="checkin-result checkin-result--refused" role="alert">
        <Text className="checkin-result__title">签到没有成功</Text>
        <Text className="checkin-result__reason">{error.message}</Text>
        <Button type="primary" onClick={checkIn}>
          再试一次
        </Button>
      </View>
    );
  }
  if (!outcome) return <StateView loading />;
  if (outcome.kind === 'queued') {
    return (
      <View className="checkin-result checkin-result--queued" role="status">
        <Text className="checkin-result__title">已记下，待上传</Text>
        <Text className="checkin-result__reason">
          现在没有网络。签到已保存在手机上{outcome.withLocation ? '（已记下位置）' : ''}
          ，来网后会自动上传，按扫码时间记录，由组织者确认后计入出勤。
        </Text>
        <Button type="primary" onClick={() => openPage(TAB_PAGES[1]!)}>
          查看待上传
        </Button>
      </View>
    );
  }
  const { checkin, alreadyCheckedIn } = outcome.result;
  return (
    <View className="checkin-result checkin-result--done" role="status">
      <Text className="checkin-result__title">
        {alreadyCheckedIn ? '您已签到过' : checkin.status === 'pending' ? '已提交，待组织者确认' : '签到成功'}
      </Text>
      <Text className="checkin-result__reason">
        签到时间：{formatCst(checkin.checkedInAt)}
        {checkin.late ? '（迟到）' : ''}
      </Text>
      <Button type="primary" onClick={() => openPage(TAB_PAGES[0]!)}>
        回到首页
      </Button>
    </View>
  );
}

export default function CheckinScanPage() {
  return (
    <PageShell>
      <CheckinScanResult />
    </PageShell>
  );
}
