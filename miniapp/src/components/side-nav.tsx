import { isOrganizer } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { currentPageUrl, openPage, PAGES } from '../nav';
import { useUnread } from '../notices/unread';
import { useAppState } from '../state/app-state';
import './side-nav.css';

interface NavItem {
  label: string;
  url: string;
}

/** The tabs, then what the person runs: the branch's work for its organizers, the region for its admins. */
function navItems(state: ReturnType<typeof useAppState>, unread: number): { title: string; items: NavItem[] }[] {
  const groups = [
    {
      title: '常用',
      items: [
        { label: '首页', url: PAGES.home },
        { label: '签到', url: PAGES.checkin },
        { label: '答题', url: PAGES.contest },
        { label: '反馈', url: '/pages/feedback/index' },
        { label: '我的', url: PAGES.me },
        { label: unread > 0 ? `消息（${unread} 条未读）` : '消息', url: PAGES.notices },
      ],
    },
  ];
  if (state.currentMembership && isOrganizer(state.currentMembership.role)) {
    groups.push({
      title: `支部管理 · ${state.currentMembership.branchName}`,
      items: [
        { label: '支部工作', url: PAGES.results },
        { label: '成员与角色', url: PAGES.members },
        { label: '反馈处理', url: PAGES.feedbackInbox },
        { label: '题库与导入', url: PAGES.banks },
      ],
    });
  }
  if (state.me?.adminRegions.length) groups.push({ title: '区域管理', items: [{ label: '区域工作台', url: PAGES.regionConsole }] });
  return groups;
}

/** On a computer (H5 only), the navigation down the left side instead of the bottom tab bar (see desktop.css). */
export function SideNav() {
  const state = useAppState();
  const unread = useUnread();
  const here = currentPageUrl().split('?')[0];
  return (
    <View className="sb-sidenav" role="navigation" aria-label="主导航">
      <Text className="sb-sidenav__brand">工地党建</Text>
      {navItems(state, unread).map((group) => (
        <View key={group.title} className="sb-sidenav__group" role="group" aria-label={group.title}>
          <Text className="sb-sidenav__title">{group.title}</Text>
          {group.items.map((item) => (
            // A real link (H5 only): reached with Tab, opened with Enter, and the app still navigates itself.
            <a
              key={item.url}
              href={item.url}
              className={item.url === here ? 'sb-sidenav__item sb-sidenav__item--on' : 'sb-sidenav__item'}
              aria-current={item.url === here ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                openPage(item.url);
              }}
            >
              {item.label}
            </a>
          ))}
        </View>
      ))}
    </View>
  );
}
