/**
 * Pages of the app. The five tabs and the worker's own pages are in the main package; organizer
 * pages live in the `organizer` subpackage so the main package that every worker downloads stays small.
 */
export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/checkin/index',
    'pages/contest/index',
    'pages/feedback/index',
    'pages/me/index',
    'pages/login/index',
    'pages/join/index',
    'pages/profile/index',
    'pages/checkin-scan/index',
    'pages/event/index',
    'pages/my-code/index',
    'pages/my-attendance/index',
    'pages/attempt/index',
    'pages/contest-result/index',
    'pages/leaderboard/index',
    'pages/review/index',
    'pages/practice/index',
    'pages/feedback-detail/index',
    'pages/feedback-receipt/index',
    'pages/my-feedback/index',
    'pages/desktop-login/index',
    'pages/devices/index',
    'pages/notices/index',
  ],
  subPackages: [
    {
      root: 'organizer',
      pages: [
        'members/index',
        'invites/index',
        'event-edit/index',
        'event-display/index',
        'attendance/index',
        'question-banks/index',
        'bank-edit/index',
        'contest-edit/index',
        'contest-analysis/index',
        'feedback-inbox/index',
        'calendar/index',
        'integrity-reports/index',
        'discipline-contacts/index',
        'results/index',
        'region/index',
      ],
    },
  ],
  window: {
    // 'default' said out loud: Taro's H5 router hides its title bar (and back button) unless the style is named.
    navigationStyle: 'default',
    navigationBarBackgroundColor: '#b3121a',
    navigationBarTitleText: '工地党建',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#4a4a4a',
    selectedColor: '#b3121a',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png', text: '首页' },
      {
        pagePath: 'pages/checkin/index',
        iconPath: 'assets/tab/checkin.png',
        selectedIconPath: 'assets/tab/checkin-active.png',
        text: '签到',
      },
      {
        pagePath: 'pages/contest/index',
        iconPath: 'assets/tab/contest.png',
        selectedIconPath: 'assets/tab/contest-active.png',
        text: '答题',
      },
      {
        pagePath: 'pages/feedback/index',
        iconPath: 'assets/tab/feedback.png',
        selectedIconPath: 'assets/tab/feedback-active.png',
        text: '反馈',
      },
      { pagePath: 'pages/me/index', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-active.png', text: '我的' },
    ],
  },
  // Load the organizer subpackage in the background after 首页 opens, so it is ready when needed.
  preloadRule: {
    'pages/home/index': { network: 'wifi', packages: ['organizer'] },
  },
  lazyCodeLoading: 'requiredComponents',
  // Check-in at events with a geofence asks where the phone is (GCJ-02).
  requiredPrivateInfos: ['getLocation'],
  permission: {
    'scope.userLocation': { desc: '活动设置了签到范围时，用于确认您在活动现场' },
  },
});
