import { CHECKIN_METHOD_LABELS, formatCst } from '@sitebranch/shared';
import { Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { useLabelledNativeInput } from '../../components/inner-attribute';
import { DataTable, type DataTableColumn } from '../../components/data-table';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { Tabs } from '../../components/tabs';
import { Button } from '../../components/ui';
import { useDesktop } from '../../hooks/use-desktop';
import { useRequest } from '../../hooks/use-request';
import { JielongPaste } from './jielong-paste';
import { LeaveDecision } from './leave-decision';
import { MakeupForm } from './makeup-form';
import { ConfirmAllPending, OfflineReview } from './offline-review';
import { details, PersonRow, type Person } from './person-row';
import { PersonalScan } from './personal-scan';
import { canUndo, UndoCheckin } from './undo-checkin';
import './index.css';
import { routes } from '../../api/routes';

type Tab = 'present' | 'offline' | 'absent' | 'leave';

/**
 * 已到: confirmed check-ins. 离线: offline check-ins waiting for review, or refused. 未到: not
 * checked in and not on approved leave (the same split as the counts). 请假: everyone who asked.
 */
const IN_TAB: Record<Tab, (p: Person) => boolean> = {
  present: (p) => p.status === 'present',
  offline: (p) => p.offline && p.checkinStatus !== 'confirmed',
  absent: (p) => p.status === 'absent',
  leave: (p) => p.leave !== null,
};

/** The list as a table on a computer: by name, 班组, time or way of checking in. */
const PEOPLE_COLUMNS: DataTableColumn<Person>[] = [
  { key: 'name', label: '姓名', value: (p) => p.name ?? '未填写姓名' },
  { key: 'team', label: '班组', value: (p) => p.workTeam ?? '未分班组' },
  {
    key: 'time',
    label: '签到时间',
    value: (p) => p.checkedInAt,
    render: (p) => (p.checkedInAt === null ? '—' : formatCst(p.checkedInAt).slice(5)),
    numeric: true,
  },
  { key: 'method', label: '方式', value: (p) => (p.method ? CHECKIN_METHOD_LABELS[p.method] : null) },
  { key: 'details', label: '情况', value: (p) => details(p), sortable: false, wrap: true },
];

function Attendance({ eventId }: { eventId: string }) {
  const [tab, setTab] = useState<Tab>('present');
  const [search, setSearch] = useState('');
  const [makeupFor, setMakeupFor] = useState<string | null>(null);
  useLabelledNativeInput('attendance-search', '搜索姓名');
  const loaded = useRequest(async () => {
    const [event, attendance] = await Promise.all([
      api(routes.getEvent, { params: { id: eventId } }, { toast: false }),
      api(routes.getAttendance, { params: { id: eventId } }, { toast: false }),
    ]);
    return { event, attendance };
  }, [eventId]);
  const data = loaded.data?.attendance;
  const event = loaded.data?.event;
  const people = data?.people ?? [];
  const desktop = useDesktop();
  // On a computer the table searches by any column itself.
  const shown = people.filter((p) => IN_TAB[tab](p) && (desktop || !search || (p.name ?? '').includes(search.trim())));
  const absentTeams = useMemo(
    () => [...new Set(people.filter((p) => p.status === 'absent' && p.workTeam).map((p) => p.workTeam!))],
    [people],
  );
  const now = Date.now();
  const checkinOpen = event?.status === 'published' && now >= event.checkinOpensAt && now <= event.checkinClosesAt;
  const checkinOver = event?.status === 'published' && now > event.checkinClosesAt;

  async function checkInPeople(body: { userIds: string[] } | { workTeam: string }) {
    // A whole team at once: the names first, so nobody is checked in by a slip of the finger.
    if ('workTeam' in body) {
      const names = people.filter((p) => p.status === 'absent' && p.workTeam === body.workTeam).map((p) => p.name ?? '未填写姓名');
      const shownNames = names.length > 30 ? `${names.slice(0, 30).join('、')} 等 ${names.length} 人` : names.join('、');
      const { confirm } = await Taro.showModal({
        title: `${body.workTeam}代签到 ${names.length} 人`,
        content: shownNames,
        confirmText: '全部签到',
        confirmColor: '#b3121a',
      });
      if (!confirm) return;
    }
    try {
      const result = await api(routes.rosterCheckIn, { params: { id: eventId }, body });
      void Taro.showToast({ title: `已代签到 ${result.added} 人`, icon: 'success' });
      await loaded.reload();
    } catch {
      // Shown by the request module.
    }
  }

  /** What the organizer can do for a person in this tab: check in, make up, undo, review, decide leave. */
  const actionsFor = (person: Person) => (
    <>
      {tab === 'absent' && checkinOpen && (
        <Button size="small" type="primary" fill="outline" onClick={() => void checkInPeople({ userIds: [person.userId] })}>
          代签到
        </Button>
      )}
      {tab === 'absent' && checkinOver && makeupFor !== person.userId && (
        <Button size="small" type="primary" fill="outline" onClick={() => setMakeupFor(person.userId)}>
          补签
        </Button>
      )}
      {tab === 'absent' && makeupFor === person.userId && (
        <MakeupForm
          eventId={eventId}
          userId={person.userId}
          name={person.name ?? '该成员'}
          onDone={() => {
            setMakeupFor(null);
            void loaded.reload();
          }}
        />
      )}
      {tab === 'present' && canUndo(person, checkinOpen) && (
        <UndoCheckin eventId={eventId} person={person} onUndone={() => void loaded.reload()} />
      )}
      {tab === 'offline' && <OfflineReview eventId={eventId} person={person} onReviewed={() => void loaded.reload()} />}
      {tab === 'leave' && <LeaveDecision eventId={eventId} person={person} onDecided={() => void loaded.reload()} />}
    </>
  );

  const tabLabels: Record<Tab, string> = data
    ? {
        present: `已到 ${data.present}`,
        offline: data.pendingCheckins ? `待确认 ${data.pendingCheckins}` : `离线 ${data.refusedCheckins}`,
        absent: `未到 ${data.absent}`,
        leave: `请假 ${data.pendingLeaves ? `${data.pendingLeaves} 待批` : data.onLeave}`,
      }
    : { present: '已到', offline: '离线', absent: '未到', leave: '请假' };
  const tabs: Tab[] =
    data && data.pendingCheckins + data.refusedCheckins > 0 ? ['present', 'offline', 'absent', 'leave'] : ['present', 'absent', 'leave'];

  return (
    <StateView loading={loaded.loading && !data} error={data ? null : loaded.error} onRetry={() => void loaded.reload()}>
      {data && event && (
        <View>
          <View className="sb-card attendance__summary">
            <Text className="attendance__event">{event.title}</Text>
            <Text>应到 {data.expected} 人</Text>
            <Text>实到 {data.present} 人</Text>
            {data.pendingCheckins > 0 && <Text className="attendance__pending">离线待确认 {data.pendingCheckins} 人</Text>}
            <Text>迟到 {data.late} 人</Text>
            <Text>请假 {data.onLeave} 人</Text>
            <Text>出勤率 {Math.round(data.rate * 100)}%</Text>
          </View>
          {checkinOpen && <PersonalScan eventId={eventId} onSignedIn={() => void loaded.reload()} />}
          {checkinOpen && <JielongPaste eventId={eventId} people={people} onSignedIn={() => void loaded.reload()} />}
          <Tabs<Tab> items={tabs.map((key) => ({ key, label: tabLabels[key] }))} value={tab} onChange={setTab} label="出勤名单" />
          <View className="sb-field" style={desktop ? { display: 'none' } : undefined}>
            <Input
              id="attendance-search"
              className="sb-field__input"
              value={search}
              placeholder="搜索姓名"
              onInput={(e) => setSearch(e.detail.value)}
            />
          </View>
          {tab === 'absent' && checkinOpen && absentTeams.length > 0 && (
            <View className="attendance__teams">
              {absentTeams.map((team) => (
                <Button key={team} size="small" type="primary" fill="outline" onClick={() => void checkInPeople({ workTeam: team })}>
                  {team}全部代签到
                </Button>
              ))}
            </View>
          )}
          {tab === 'offline' && (
            <View className="attendance__teams">
              <Text className="sb-muted attendance__hint">离线签到是本人在没有信号时用手机记下的扫码，确认后才计入出勤。</Text>
              {data.pendingCheckins > 1 && (
                <ConfirmAllPending eventId={eventId} count={data.pendingCheckins} onReviewed={() => void loaded.reload()} />
              )}
            </View>
          )}
          {tab === 'absent' && checkinOver && (
            <Text className="sb-muted attendance__hint">签到已结束：确实到场的人可以补签，需写明原因。</Text>
          )}
          <StateView
            empty={shown.length === 0}
            emptyTitle={{ present: '还没有人签到', offline: '没有待确认的离线签到', absent: '都到齐了', leave: '没有人请假' }[tab]}
          >
            {desktop ? (
              <DataTable
                rowHeader="name"
                caption="出勤名单"
                columns={PEOPLE_COLUMNS}
                rows={shown}
                rowKey={(p) => p.userId}
                actions={(person) => <View className="attendance__row-actions">{actionsFor(person)}</View>}
              />
            ) : (
              shown.map((person) => (
                <PersonRow key={person.userId} person={person}>
                  {actionsFor(person)}
                </PersonRow>
              ))
            )}
          </StateView>
        </View>
      )}
    </StateView>
  );
}

/** Attendance of one event for organizers: who came, how and when, who did not; roster, personal codes, leave and make-up. */
export default function AttendancePage() {
  const { params } = useRouter();
  return <PageShell>{params.id ? <Attendance eventId={params.id} /> : <StateView empty emptyTitle="没有指定活动" />}</PageShell>;
}
