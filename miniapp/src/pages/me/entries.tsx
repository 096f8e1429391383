/** The rows of 我的 that open other pages, by what the person is: member, organizer, region admin… */
import { isOrganizer } from '@sitebranch/shared';
import { Text } from '@tarojs/components';
import { ListRow, ListSection } from '../../components/list-row';
import { openPage, PAGES } from '../../nav';
import { useUnread } from '../../notices/unread';
import { useAppState } from '../../state/app-state';
import { scanDesktopCode } from '../desktop-login/scan';

/** 消息, with the unread count beside it (and on the 我的 tab). */
export function NoticeEntry() {
  const unread = useUnread();
  return (
    <ListSection>
      <ListRow
        title="消息"
        note="活动提醒、改期和取消，反馈进展，请假结果"
        end={unread > 0 ? <Text className="me-unread">{unread > 99 ? '99+' : unread} 条未读</Text> : undefined}
        onClick={() => openPage(PAGES.notices)}
      />
    </ListSection>
  );
}

/** The person's own check-in tools: the personal code and their attendance. */
export function CheckinEntries() {
  const { currentMembership } = useAppState();
  if (!currentMembership) return null;
  return (
    <ListSection
      title="签到"
      entries={[
        { title: '我的签到码', note: '扫不了码时出示给组织者', page: PAGES.myCode },
        { title: '我的出勤', note: '参加活动的记录和出勤率', page: PAGES.myAttendance },
      ]}
    />
  );
}

export function OrganizerEntries() {
  const { currentMembership } = useAppState();
  if (!currentMembership || !isOrganizer(currentMembership.role)) return null;
  return (
    <ListSection
      title={`支部管理 · ${currentMembership.branchName}`}
      entries={[
        { title: '成员与角色', note: '查看花名册、设置角色和班组', page: PAGES.members },
        { title: '题库与导入', note: '管理竞赛题目，从表格导入', page: PAGES.banks },
        { title: '新建竞赛', note: '党建知识竞赛：抽题、计时、排名', page: PAGES.contestEdit },
        { title: '反馈处理', note: '受理、回复群众反馈，超期的排在前面', page: PAGES.feedbackInbox },
        { title: '邀请码', note: '邀请工友和党员加入', page: PAGES.invites, shown: currentMembership.role === 'secretary' },
      ]}
    />
  );
}

/** Region admins run region-wide banks and contests, whether or not they belong to a branch. */
export function RegionEntries() {
  const { me } = useAppState();
  const regions = me?.adminRegions ?? [];
  if (regions.length === 0) return null;
  return (
    <ListSection
      title={`区域管理 · ${regions.map((r) => r.regionName).join('、')}`}
      entries={[
        { title: '区域工作台', note: '各支部概况、排名，新建支部、任命书记', page: PAGES.regionConsole },
        { title: '区域题库', note: '全区域共用的竞赛题目', page: PAGES.banks },
        { title: '新建全区域竞赛', note: '各支部成员都能参加，按支部排名', page: PAGES.contestEdit },
        { title: '纪检联系人', note: '办理越过支部直接报送的廉政监督', page: PAGES.disciplineContacts },
      ]}
    />
  );
}

/** A region's discipline contacts handle the 廉政监督 sent past its branches. */
export function DisciplineEntries() {
  const { me } = useAppState();
  const regions = me?.disciplineRegions ?? [];
  if (regions.length === 0) return null;
  return (
    <ListSection
      title={`纪检联系人 · ${regions.map((r) => r.regionName).join('、')}`}
      entries={regions.map((r) => ({
        title: `区域廉政监督${regions.length > 1 ? ` · ${r.regionName}` : ''}`,
        note: '各支部越过支部报送的廉政监督，支部看不到',
        page: `${PAGES.integrityReports}?region=${r.regionId}`,
      }))}
    />
  );
}

/** Platform admins keep the working-day calendar that feedback deadlines count in. */
export function PlatformEntries() {
  const { me } = useAppState();
  if (!me?.isPlatformAdmin) return null;
  return (
    <ListSection
      title="平台管理"
      entries={[{ title: '节假日设置', note: '法定节假日和调休，反馈时限按工作日计算', page: PAGES.calendar }]}
    />
  );
}

/** 扫码登录电脑 (the mini program's camera) and where the person is logged in. */
export function AccountEntries() {
  return (
    <ListSection title="账号与安全" entries={[{ title: '登录设备', note: '查看已登录的手机和电脑，随时让它退出', page: PAGES.devices }]}>
      {process.env.TARO_ENV === 'weapp' && (
        <ListRow title="扫码登录电脑" note="在电脑上处理台账、反馈和报表" onClick={() => void scanDesktopCode()} />
      )}
    </ListSection>
  );
}
