export default definePageConfig({ navigationBarTitleText: '区域廉政监督', enablePullDownRefresh: true });
