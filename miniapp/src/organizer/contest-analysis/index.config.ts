export default definePageConfig({ navigationBarTitleText: '竞赛分析' });
