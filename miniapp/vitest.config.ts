import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { routeTableJson } from './config/routes';

// Component tests in jsdom: Taro's H5 components and APIs stand in for the mini program's.
export default defineConfig(async () => ({
  resolve: {
    // Exact matches only: '@tarojs/components/lib/react' must still resolve to the real package.
    alias: [
      { find: /^@tarojs\/components$/, replacement: '@tarojs/components-react' },
      { find: /^@tarojs\/taro$/, replacement: fileURLToPath(new URL('./test/taro-h5.ts', import.meta.url)) },
    ],
  },
  define: {
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    ENABLE_MUTATION_OBSERVER: true,
    DEPRECATED_ADAPTER_COMPONENT: false,
    'process.env.TARO_ENV': JSON.stringify('h5'),
    SITEBRANCH_API_BASE: JSON.stringify(''),
    SITEBRANCH_DEV_LOGIN: JSON.stringify('on'),
    SITEBRANCH_ROUTES: await routeTableJson(),
  },
  esbuild: { jsx: 'automatic' },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    server: { deps: { inline: [/@tarojs\//, /@nutui\//] } },
  },
}));
