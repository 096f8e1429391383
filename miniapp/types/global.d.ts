/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.css';

/** The API origin for the weapp build; empty on H5, which calls `/api` on its own origin. */
declare const SITEBRANCH_API_BASE: string;
/** Each endpoint's route fields, from the shared contract at build time (see `src/api/routes.ts`). */
declare const SITEBRANCH_ROUTES: import('@sitebranch/shared').Routes;
/** `on` when the build may offer the development login (local H5). */
declare const SITEBRANCH_DEV_LOGIN: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5';
  }
}
declare const process: { env: NodeJS.ProcessEnv };
