import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { ExternalInlineScriptsPlugin } from './external-inline-scripts';
import { ROOT_FONT_SIZE_SCRIPT } from './root-font-size';
import { routeTableJson } from './routes';

/**
 * Taro build config for both targets. `SITEBRANCH_API_BASE` is the API origin for the weapp build
 * (WeChat needs a full https URL); H5 is served by the worker itself and calls `/api` on its own origin.
 */
export default defineConfig<'webpack5'>(async () => {
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'sitebranch',
    date: '2026-11-22',
    // NutUI is drawn for 375-wide screens; our own styles for 750.
    designWidth(input) {
      const file = typeof input === 'object' && input && 'file' in input ? String((input as { file: string }).file) : '';
      return file.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750;
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {
      SITEBRANCH_API_BASE: JSON.stringify(process.env.SITEBRANCH_API_BASE ?? ''),
      // The development login page: only for local runs (`npm start`, `npm test` turn it on).
      SITEBRANCH_DEV_LOGIN: JSON.stringify(process.env.SITEBRANCH_DEV_LOGIN ?? 'off'),
      SITEBRANCH_ROUTES: await routeTableJson(),
    },
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
    },
    // H5: the response headers (CSP and the rest) that Workers static assets sends with the app.
    copy: { patterns: process.env.TARO_ENV === 'h5' ? [{ from: 'public/_headers', to: 'dist/h5/' }] : [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      // The shared contract is TypeScript source in the workspace: compile it like our own.
      compile: { include: [path.resolve(__dirname, '..', '..', 'shared')] },
    },
    h5: {
      // Taro's React components instead of its Stencil web components where it has them (View, Text,
      // Input, Image, Button…): each page's chunk ~45 KB smaller, less script before the first paint
      // on a site's weak phones. Textarea and the tab bar stay Stencil (no React version in Taro 4).
      useHtmlComponents: true,
      publicPath: '/',
      htmlPluginOption: { script: ROOT_FONT_SIZE_SCRIPT },
      staticDirectory: 'static',
      router: { mode: 'browser' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      compile: { include: [path.resolve(__dirname, '..', '..', 'shared')] },
      // Under the CSP's `script-src 'self'` (public/_headers): no inline script in index.html, and
      // no javascript: link followed in Taro's tab bar. Then, before the router: no session, the login page.
      webpackChain(chain) {
        chain.plugin('external-inline-scripts').use(ExternalInlineScriptsPlugin);
        chain.entry('app').prepend(path.resolve(__dirname, '..', 'src', 'h5-login-first.ts'));
        chain.entry('app').prepend(path.resolve(__dirname, '..', 'src', 'h5-csp.ts'));
      },
    },
  };
  return config;
});
