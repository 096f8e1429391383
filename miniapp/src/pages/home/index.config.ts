export default definePageConfig({ navigationBarTitleText: '工地党建', enablePullDownRefresh: true });
