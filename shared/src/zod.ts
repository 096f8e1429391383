/**
 * The one zod instance of the project, with Chinese error messages switched on.
 * Import `z` from here (not from 'zod') so every schema speaks Chinese to the person who sees the error.
 */
import { z } from 'zod';
// Only the zh-CN locale: importing `z.locales` would pull every language into the bundles.
import zhCN from 'zod/v4/locales/zh-CN.js';

z.config(zhCN());

export { z };
