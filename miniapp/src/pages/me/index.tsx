import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { goToLogin, logOut } from '../../api/auth';
import { forgetPersonalKey } from '../../checkin/personal-code';
import { PageShell } from '../../components/page-shell';
import { Toggle } from '../../components/toggle';
import { Button } from '../../components/ui';
import { openPage, PAGES } from '../../nav';
import { refreshUnread } from '../../notices/unread';
import { useAppState } from '../../state/app-state';
import {
  AccountEntries,
  CheckinEntries,
  DisciplineEntries,
  NoticeEntry,
  OrganizerEntries,
  PlatformEntries,
  RegionEntries,
} from './entries';
import { Memberships, Profile } from './profile';
import './index.css';

export default function MePage() {
  const { careMode, setCareMode } = useAppState();
  useDidShow(() => void refreshUnread());

  async function logout() {
    await logOut();
    forgetPersonalKey();
    Taro.removeStorageSync('sitebranch.currentBranch');
    goToLogin();
  }

  return (
    <PageShell>
      <Profile />
      <NoticeEntry />
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
          <View className="sb-list-row__text">
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
