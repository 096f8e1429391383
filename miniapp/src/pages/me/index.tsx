import { BRANCH_KIND_LABELS, UNIT_KIND_LABELS, isOrganizer } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { goToLogin, logOut } from '../../api/auth';
import { PageShell } from '../../components/page-shell';
import { RoleTag } from '../../components/role-tag';
import { Toggle } from '../../components/toggle';
import { Button } from '../../components/ui';
import { openPage, PAGES } from '../../nav';
import { forgetPersonalKey } from '../../checkin/personal-code';
import { scanDesktopCode } from '../desktop-login/scan';
import { useAppState } from '../../state/app-state';
import { maskPhone } from '../../utils/phone';
import './index.css';

function Profile() {
  const { me, currentMembership } = useAppState();
  if (!me) return null;
  return (
    <View className="sb-card me-profile">
      <View className="sb-row">
        <Text className="me-profile__name">{me.name ?? '未填写姓名'}</Text>
        <Button size="small" type="primary" fill="outline" onClick={() => openPage(PAGES.profile)}>
          编辑资料
        </Button>
      </View>
      <Text className="me-profile__line">手机：{me.phone ? maskPhone(me.phone) : '未填写'}</Text>
      {currentMembership && (
        <Text className="me-profile__line">
          班组：{currentMembership.workTeam ?? '未分班组'}（{currentMembership.branchName}）
        </Text>
      )}
      <Text className="me-profile__line">
        单位：{me.unitName ?? '未填写'}
        {me.unitKind ? `（${UNIT_KIND_LABELS[me.unitKind]}）` : ''}
      </Text>
    </View>
  );
}

function Memberships() {
  const { me, currentMembership, setCurrentBranch } = useAppState();
  const memberships = me?.memberships ?? [];
  return (
    <View>
      <Text className="sb-section-title">我的支部</Text>
      <View className="sb-card me-list">
        {memberships.length === 0 && <Text className="sb-muted">还没有加入任何支部</Text>}
        {memberships.map((m) => (
          <View
            key={m.branchId}
            className="sb-list-item"
            role="button"
            aria-label={`切换到${m.branchName}`}
            onClick={() => setCurrentBranch(m.branchId)}
          >
            <View className="me-list__text">
              <Text className="me-list__name">{m.branchName}</Text>
              <Text className="sb-muted">
                {BRANCH_KIND_LABELS[m.branchKind]}支部{m.workTeam ? ` · ${m.workTeam}` : ''}
                {m.branchId === currentMembership?.branchId ? ' · 当前' : ''}
              </Text>
            </View>
            <RoleTag role={m.role} />
          </View>
        ))}
      </View>
    </View>
  );
}

/** The person's own check-in tools: the personal code and their attendance. */
function CheckinEntries() {
  const { currentMembership } = useAppState();
  if (!currentMembership) return null;
  return (
    <View>
      <Text className="sb-section-title">签到</Text>
      <View className="sb-card me-list">
        <View className="sb-list-item" role="button" onClick={() => openPage(PAGES.myCode)}>
          <Text>我的签到码</Text>
          <Text className="sb-muted">扫不了码时出示给组织者</Text>
        </View>
        <View className="sb-list-item" role="button" onClick={() => openPage(PAGES.myAttendance)}>
          <Text>我的出勤</Text>
          <Text className="sb-muted">参加活动的记录和出勤率</Text>
        </View>
      </View>
    </View>
  );
}

function OrganizerEntries() {
  const { currentMembership } = useAppState();
  if (!currentMembership || !isOrganizer(currentMembership.role)) return null;
  return (
    <View>
      <Text className="sb-section-title">支部管理 · {currentMembership.branchName}</Text>
      <View className="sb-card me-list">
        <View className="sb-list-item" role="button" onClick={() => openPage(PAGES.members)}>
          <Text>成员与角色</Text>
          <Text className="sb-muted">查看花名册、设置角色和班组</Text>
        </View>
        <View className="sb-list-item" role="button" onClick={() => openPage(PAGES.banks)}>
          <Text>题库与导入</Text>
          <Text className="sb-muted">管理竞赛题目，从表格导入</Text>
        </View>
        <View className="sb-list-item" role="button" onClick={() => openPage(PAGES.contestEdit)}>
          <Text>新建竞赛</Text>
          <Text className="sb-muted">党建知识竞赛：抽题、计时、排名</Text>
        </View>
        <View className="sb-list-item" role="button" onClick={() => openPage(PAGES.feedbackInbox)}>
          <Text>反馈处理</Text>
          <Text className="sb-muted">受理、回复群众反馈，超期的排在前面</Text>
        </View>
        {currentMembership.role === 'secretary' && (
          <View className="sb-list-item" role="button" onClick={() => openPage(PAGES.invites)}>
            <Text>邀请码</Text>
            <Text className="sb-muted">邀请工友和党员加入</Text>
          </View>
        )}
      </View>
    </View>
  );
}

/** Region admins run region-wide banks and contests, whether or not they belong to a branch. */
function RegionEntries() {
  const { me } = useAppState();
  const regions = me?.adminRegions ?? [];
  if (regions.length === 0) return null;
  return (
    <View>
      <Text className="sb-section-title">区域管理 · {regions.map((r) => r.regionName).join('、')}</Text>
      <View className="sb-card me-list">
        <View className="sb-list-item" role="button" onClick={() => openPage(PAGES.regionConsole)}>
          <Text>区域工作台</Text>
          <Text className="sb-muted">各支部概况、排名，新建支部、任命书记</Text>
        </View>
        <View className="sb-list-item" role="button" onClick={() => openPage(PAGES.banks)}>
          <Text>区域题库</Text>
          <Text className="sb-muted">全区域共用的竞赛题目</Text>
        </View>
        <View className="sb-list-item" role="button" onClick={() => openPage(PAGES.contestEdit)}>
          <Text>新建全区域竞赛</Text>
          <Text className="sb-muted">各支部成员都能参加，按支部排名</Text>
        </View>
        <View className="sb-list-item" role="button" onClick={() => openPage(PAGES.disciplineContacts)}>
          <Text>纪检联系人</Text>
          <Text className="sb-muted">办理越过支部直接报送的廉政监督</Text>
        </View>
      </View>
    </View>
  );
}

/** A region's discipline contacts handle the 廉政监督 sent past its branches. */
function DisciplineEntries() {
  const { me } = useAppState();
  const regions = me?.disciplineRegions ?? [];
  if (regions.length === 0) return null;
  return (
    <View>
      <Text className="sb-section-title">纪检联系人 · {regions.map((r) => r.regionName).join('、')}</Text>
      <View className="sb-card me-list">
        {regions.map((r) => (
          <View key={r.regionId} className="sb-list-item" role="button" onClick={() => openPage(`${PAGES.integrityReports}?region=${r.regionId}`)}>
            <Text>区域廉政监督{regions.length > 1 ? ` · ${r.regionName}` : ''}</Text>
            <Text className="sb-muted">各支部越过支部报送的廉政监督，支部看不到</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

/** 扫码登录电脑 (the mini program's camera) and where the person is logged in. */
function AccountEntries() {
  return (
    <View>
      <Text className="sb-section-title">账号与安全</Text>
      <View className="sb-card me-list">
        {process.env.TARO_ENV === 'weapp' && (
          <View className="sb-list-item" role="button" onClick={() => void scanDesktopCode()}>
            <Text>扫码登录电脑</Text>
            <Text className="sb-muted">在电脑上处理台账、反馈和报表</Text>
          </View>
        )}
        <View className="sb-list-item" role="button" onClick={() => openPage(PAGES.devices)}>
          <Text>登录设备</Text>
          <Text className="sb-muted">查看已登录的手机和电脑，随时让它退出</Text>
        </View>
      </View>
    </View>
  );
}

/** Platform admins keep the working-day calendar that feedback deadlines count in. */
function PlatformEntries() {
  const { me } = useAppState();
  if (!me?.isPlatformAdmin) return null;
  return (
    <View>
      <Text className="sb-section-title">平台管理</Text>
      <View className="sb-card me-list">
        <View className="sb-list-item" role="button" onClick={() => openPage(PAGES.calendar)}>
          <Text>节假日设置</Text>
          <Text className="sb-muted">法定节假日和调休，反馈时限按工作日计算</Text>
        </View>
      </View>
    </View>
  );
}

export default function MePage() {
  const { careMode, setCareMode } = useAppState();

  async function logout() {
    await logOut();
    forgetPersonalKey();
    Taro.removeStorageSync('sitebranch.currentBranch');
    goToLogin();
  }

  return (
    <PageShell>
      <Profile />
      <CheckinEntries />
      <Memberships />
      <OrganizerEntries />
      <RegionEntries />
      <DisciplineEntries />
      <PlatformEntries />
      <AccountEntries />
      <Text className="sb-section-title">设置</Text>
      <View className="sb-card">
        <View className="sb-row">
          <View className="me-list__text">
            <Text>关怀模式（大字体）</Text>
            <Text className="sb-muted">字体和按钮更大，户外也看得清</Text>
          </View>
          <Toggle checked={careMode} label="关怀模式（大字体）" onChange={setCareMode} />
        </View>
      </View>
      <View className="sb-actions">
        <Button type="primary" onClick={() => openPage(PAGES.join)}>
          加入支部
        </Button>
        {process.env.TARO_ENV === 'h5' && (
          <Button type="default" onClick={() => void logout()}>
            退出登录
          </Button>
        )}
      </View>
    </PageShell>
  );
}
