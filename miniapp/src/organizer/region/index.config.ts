export default definePageConfig({ navigationBarTitleText: '区域工作台' });
