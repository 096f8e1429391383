/**
 * `@tarojs/taro` for component tests: Taro's real H5 implementation. The H5 build reaches its
 * APIs through a babel plugin that turns `Taro.x` into named imports; without that plugin the
 * default export lacks them, so put the named exports on it here.
 */
import TaroH5 from '@tarojs/taro-h5';
import * as api from '@tarojs/taro-h5';

const Taro = Object.assign(Object.create(TaroH5 as object), api);
export default Taro;
export * from '@tarojs/taro-h5';
