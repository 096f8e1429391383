import { Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { useLabelledNativeInput } from '../../components/inner-attribute';
import { DataTable } from '../../components/data-table';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { Tabs } from '../../components/tabs';
import { Button } from '../../components/ui';
import { useDesktop } from '../../hooks/use-desktop';
import { useRequest } from '../../hooks/use-request';
import { AttendanceSummary } from './attendance-summary';
import { IN_TAB, type Tab, tabLabelsOf, tabsOf } from './attendance-tabs';
import { JielongPaste } from './jielong-paste';
import { LeaveDecision } from './leave-decision';
import { MakeupForm } from './makeup-form';
import { ConfirmAllPending, OfflineReview } from './offline-review';
import { PersonRow, type Person } from './person-row';
import { PEOPLE_COLUMNS } from './people-columns';
import { PersonalScan } from './personal-scan';
import { canUndo, UndoCheckin } from './undo-checkin';
import './index.css';
import { routes } from '../../api/routes';

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

  const tabLabels = tabLabelsOf(data);
  const tabs = tabsOf(data);

  return (
    <StateView loading={loaded.loading && !data} error={data ? null : loaded.error} onRetry={() => void loaded.reload()}>
      {data && event && (
        <View>
          <AttendanceSummary title={event.title} data={data} />
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
