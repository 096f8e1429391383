import { endpoints, formatCst, type ResponseOf } from '@sitebranch/shared';
import { Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { useLabelledNativeInput } from '../../components/inner-attribute';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { Button } from '../../components/ui';
import { useRequest } from '../../hooks/use-request';
import './index.css';

type Person = ResponseOf<typeof endpoints.getAttendance>['people'][number];

const METHOD_LABELS: Record<NonNullable<Person['method']>, string> = {
  qr: '扫码',
  digits: '数字码',
  roster: '代签',
  personal_code: '个人码',
  makeup: '补签',
};

function PersonRow({ person, onSignIn }: { person: Person; onSignIn?: () => void }) {
  return (
    <View className="sb-list-item">
      <View className="attendance__who">
        <Text className="attendance__name">{person.name ?? '未填写姓名'}</Text>
        <Text className="sb-muted">
          {person.workTeam ?? '未分班组'}
          {person.checkedInAt !== null && ` · ${formatCst(person.checkedInAt).slice(11)} ${METHOD_LABELS[person.method!]}`}
          {person.late ? ' · 迟到' : ''}
          {person.offline ? ' · 离线' : ''}
          {person.status === 'leave' ? ' · 请假' : ''}
          {person.note ? `（${person.note}）` : ''}
        </Text>
      </View>
      {onSignIn && (
        <Button size="small" type="primary" fill="outline" onClick={onSignIn}>
          代签到
        </Button>
      )}
    </View>
  );
}

function Attendance({ eventId }: { eventId: string }) {
  const [tab, setTab] = useState<'present' | 'absent'>('present');
  const [search, setSearch] = useState('');
  useLabelledNativeInput('attendance-search', '搜索姓名');
  const data = useRequest(() => api(endpoints.getAttendance, { params: { id: eventId } }, { toast: false }), [eventId]);
  const people = data.data?.people ?? [];
  // 未到 lists people on approved leave too, marked as such.
  const inTab = (p: Person) => (tab === 'present' ? p.status === 'present' : p.status !== 'present');
  const shown = people.filter((p) => inTab(p) && (!search || (p.name ?? '').includes(search.trim())));
  const absentTeams = useMemo(() => [...new Set(people.filter((p) => p.status === 'absent' && p.workTeam).map((p) => p.workTeam!))], [people]);

  async function signIn(body: { userIds: string[] } | { workTeam: string }) {
    try {
      const result = await api(endpoints.rosterCheckIn, { params: { id: eventId }, body });
      void Taro.showToast({ title: `已代签到 ${result.added} 人`, icon: 'success' });
      await data.reload();
    } catch {
      // Shown by the request module.
    }
  }

  return (
    <StateView loading={data.loading && !data.data} error={data.data ? null : data.error} onRetry={() => void data.reload()}>
      {data.data && (
        <View>
          <View className="sb-card attendance__summary">
            <Text>应到 {data.data.expected} 人</Text>
            <Text>实到 {data.data.present} 人</Text>
            <Text>迟到 {data.data.late} 人</Text>
            <Text>请假 {data.data.onLeave} 人</Text>
            <Text>出勤率 {Math.round(data.data.rate * 100)}%</Text>
          </View>
          <View className="attendance__tabs" role="tablist">
            {(['present', 'absent'] as const).map((key) => (
              <View key={key} role="tab" aria-selected={tab === key} className={tab === key ? 'attendance__tab attendance__tab--on' : 'attendance__tab'} onClick={() => setTab(key)}>
                {key === 'present' ? `已到 ${data.data!.present}` : `未到 ${data.data!.absent + data.data!.onLeave}`}
              </View>
            ))}
          </View>
          <View className="sb-field">
            <Input id="attendance-search" className="sb-field__input" value={search} placeholder="搜索姓名" onInput={(e) => setSearch(e.detail.value)} />
          </View>
          {tab === 'absent' && absentTeams.length > 0 && (
            <View className="attendance__teams">
              {absentTeams.map((team) => (
                <Button key={team} size="small" type="primary" fill="outline" onClick={() => void signIn({ workTeam: team })}>
                  {team}全部代签到
                </Button>
              ))}
            </View>
          )}
          <StateView empty={shown.length === 0} emptyTitle={tab === 'present' ? '还没有人签到' : '都到齐了'}>
            {shown.map((person) => (
              <PersonRow key={person.userId} person={person} onSignIn={tab === 'absent' ? () => void signIn({ userIds: [person.userId] }) : undefined} />
            ))}
          </StateView>
        </View>
      )}
    </StateView>
  );
}

/** Attendance of one event for organizers: who came, how and when, who did not; signing in from the roster. */
export default function AttendancePage() {
  const { params } = useRouter();
  return <PageShell>{params.id ? <Attendance eventId={params.id} /> : <StateView empty emptyTitle="没有指定活动" />}</PageShell>;
}
