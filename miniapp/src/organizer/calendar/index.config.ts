export default definePageConfig({ navigationBarTitleText: '节假日设置' });
