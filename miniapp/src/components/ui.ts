/**
 * The NutUI components the app uses, each with only its own styles (the full NutUI stylesheet
 * would add about 224 KB to the weapp package).
 */
import ActionSheet from '@nutui/nutui-react-taro/dist/es/packages/actionsheet';
import Dialog from '@nutui/nutui-react-taro/dist/es/packages/dialog';
import Loading from '@nutui/nutui-react-taro/dist/es/packages/loading';
import '@nutui/nutui-react-taro/dist/es/packages/actionsheet/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/loading/style/css';

export { ActionSheet, Dialog, Loading };
export { Button } from './button';
