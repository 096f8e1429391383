/**
 * 提醒我 on an event: the person is reminded before it starts (the organizer's lead time) and told
 * if it moves or is cancelled, in 消息 and, on weapp with their consent, by WeChat.
 */
import { reminderLabel, type EventForMe } from '@sitebranch/shared';
import { useState } from 'react';
import { api } from '../api/client';
import { routes } from '../api/routes';
import { Button } from '../components/ui';
import { askToNotify } from './subscribe';

/** Whether 提醒我 makes sense: published, not yet over, and for this person. */
export const canWatch = (event: EventForMe, now = Date.now()) => event.status === 'published' && event.endsAt > now;

export function WatchButton({ event, compact = false }: { event: EventForMe; compact?: boolean }) {
  const [watching, setWatching] = useState(event.watching);
  const [busy, setBusy] = useState(false);
  async function toggle() {
    setBusy(true);
    try {
      const route = watching ? routes.unwatchEvent : routes.watchEvent;
      const answer = await api(route, { params: { id: event.id } });
      setWatching(answer.watching);
      if (answer.watching) await askToNotify('event');
    } catch {
      // The toast said why.
    } finally {
      setBusy(false);
    }
  }
  const lead = reminderLabel(event.remindBeforeMinutes);
  return (
    <Button
      size={compact ? 'small' : 'normal'}
      type={watching ? 'default' : 'primary'}
      fill={watching ? 'outline' : 'solid'}
      loading={busy}
      onClick={(e) => {
        e?.stopPropagation?.();
        void toggle();
      }}
    >
      {watching ? (compact ? '已设提醒' : `已设提醒（${lead}）· 取消`) : compact ? '提醒我' : `提醒我（${lead}）`}
    </Button>
  );
}
