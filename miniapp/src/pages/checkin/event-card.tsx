/** One event on the check-in page: its facts and the person's standing, organizers' buttons, and the 6-digit code fallback. */
import { EVENT_KIND_LABELS, formatCst, type EventForMe } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ApiRequestError } from '../../api/errors';
import { checkInWithCode } from '../../checkin/check-in';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/ui';
import { openPage, PAGES } from '../../nav';
import { canAskLeave, standingText, standingTone } from '../event/standing';

/** One event: when and where, and a way to check in with the 6-digit code if the camera fails. */
/** `overseer`: a region admin looking at a branch they do not belong to — attendance, no check-in. */
export function EventCard({
  event,
  organizer,
  overseer,
  onSignedIn,
}: {
  event: EventForMe;
  organizer: boolean;
  overseer: boolean;
  onSignedIn(queued: boolean): void;
}) {
  const [digits, setDigits] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const now = Date.now();
  const open =
    !overseer && event.status === 'published' && now >= event.checkinOpensAt && now <= event.checkinClosesAt && !event.mine.checkin;
  // A region admin overseeing a branch has no standing of his own at its events.
  const standing = overseer ? null : standingText(event, now);

  async function submit() {
    setBusy(true);
    setError(undefined);
    try {
      const outcome = await checkInWithCode({ eventId: event.id, digits, scannedAt: Date.now() });
      void Taro.showToast({
        title: outcome.kind === 'queued' ? '已记下，来网后上传' : '签到成功',
        icon: outcome.kind === 'queued' ? 'none' : 'success',
      });
      setDigits('');
      onSignedIn(outcome.kind === 'queued');
    } catch (e) {
      setError((e as ApiRequestError).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="sb-card checkin-event">
      <View
        className="checkin-event__head"
        role="link"
        aria-label={`${event.title}，查看详情`}
        onClick={() => openPage(`${PAGES.event}?id=${event.id}`)}
      >
        <Text className="checkin-event__title">{event.title}</Text>
        <Text className="sb-muted">
          {EVENT_KIND_LABELS[event.kind]} · {formatCst(event.startsAt)} · {event.placeName}
        </Text>
        <Text className="checkin-event__more">{!overseer && canAskLeave(event, now) ? '详情 · 请假 ›' : '详情 ›'}</Text>
      </View>
      {event.status === 'cancelled' && <Text className="sb-field__error">活动已取消</Text>}
      {event.status === 'draft' && <Text className="checkin-event__draft">草稿：发布后成员才能看到</Text>}
      {standing && <Text className={`checkin-event__mine sb-tone--${standingTone(event, now)}`}>{standing}</Text>}
      {organizer && event.status === 'published' && (
        <Button type="primary" fill="outline" onClick={() => openPage(`${PAGES.eventDisplay}?id=${event.id}`)}>
          显示签到码（已签到 {event.checkinCount} 人）
        </Button>
      )}
      {(organizer || overseer) && event.status !== 'draft' && (
        <Button type="default" onClick={() => openPage(`${PAGES.attendance}?id=${event.id}`)}>
          出勤情况{event.pendingLeaves ? `（请假 ${event.pendingLeaves} 待批）` : ''}
        </Button>
      )}
      {open && (
        <View>
          <TextField
            id={`digits-${event.id}`}
            label="扫不了码？输入大屏上的 6 位数字"
            type="number"
            maxlength={6}
            value={digits}
            onChange={setDigits}
            error={error}
          />
          <Button type="primary" disabled={!/^\d{6}$/.test(digits)} loading={busy} onClick={() => void submit()}>
            数字码签到
          </Button>
        </View>
      )}
    </View>
  );
}
