export default definePageConfig({ navigationBarTitleText: '反馈处理', enablePullDownRefresh: true });
