import { TEXT_MAX } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { devLoginAvailable, loginAsDevPerson, loginWithWechat } from '../../api/auth';
import { PageShell } from '../../components/page-shell';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/ui';
import { useDesktop } from '../../hooks/use-desktop';
import { returnTo } from '../../nav';
import { useAppState } from '../../state/app-state';
import { ComputerLogin } from './computer-login';
import './index.css';

/** Demo people offered on the local development login (the README lists them all). */
const DEMO_PEOPLE = [
  { name: '张建国', hint: '工地支部书记' },
  { name: '李红梅', hint: '工地支部支委' },
  { name: '刘洋', hint: '党员，在两个支部' },
  { name: '马国富', hint: '钢筋班工人' },
  { name: '黄秀英', hint: '社区支部书记' },
  { name: '周明', hint: '区域管理员' },
  { name: '新来的工友', hint: '还没加入支部' },
];

export default function LoginPage() {
  const router = useRouter();
  const { reload } = useAppState();
  // A computer is shown the code at once; a phone's browser is pointed to the mini program first.
  const desktop = useDesktop();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const wanted = router.params.returnTo ? decodeURIComponent(router.params.returnTo) : undefined;

  async function finish(login: () => Promise<unknown>) {
    if (busy) return;
    setBusy(true);
    try {
      await login();
      await reload();
      returnTo(wanted);
    } catch {
      // The request module has shown the reason.
    } finally {
      setBusy(false);
    }
  }

  return (
    <PageShell requireLogin={false} sideNav={false}>
      <View className="login">
        <Text className="login__title">工地党建</Text>
        <Text className="login__subtitle">支部建在工地上 · 服务送到身边</Text>

        {process.env.TARO_ENV === 'weapp' && (
          <View className="sb-actions">
            <Button type="primary" size="large" loading={busy} onClick={() => void finish(loginWithWechat)}>
              微信一键登录
            </Button>
          </View>
        )}

        {process.env.TARO_ENV !== 'weapp' && (
          <ComputerLogin
            startShown={!devLoginAvailable && desktop}
            onLoggedIn={() =>
              void reload().then(
                () => returnTo(wanted),
                () => returnTo(wanted),
              )
            }
          />
        )}

        {devLoginAvailable && (
          <View className="login__dev">
            <Text className="sb-section-title">开发环境登录</Text>
            <Text className="login__hint">选择一位演示人员，或输入姓名（新名字会创建一个未加入支部的新用户）。</Text>
            <View className="login__people">
              {DEMO_PEOPLE.map((person) => (
                <View
                  key={person.name}
                  className="login__person"
                  role="button"
                  aria-label={`以${person.name}登录，${person.hint}`}
                  onClick={() => void finish(() => loginAsDevPerson(person.name))}
                >
                  <Text className="login__person-name">{person.name}</Text>
                  <Text className="sb-muted">{person.hint}</Text>
                </View>
              ))}
            </View>
            <TextField
              id="login-name"
              label="姓名"
              value={name}
              maxlength={TEXT_MAX.personName}
              placeholder="输入姓名"
              onChange={setName}
            />
            <View className="sb-actions">
              <Button
                type="primary"
                disabled={!name.trim()}
                loading={busy}
                onClick={() => void finish(() => loginAsDevPerson(name.trim()))}
              >
                登录
              </Button>
            </View>
          </View>
        )}
      </View>
    </PageShell>
  );
}
