export default definePageConfig({ navigationBarTitleText: '纪检联系人' });
