/**
 * The one zod of the project: zod's tree-shakable "mini" API with Chinese error messages.
 * Import it as `import * as z from './zod'` (or `z` from the package), never from 'zod', so every
 * schema speaks Chinese. Two size rules keep the bundles small: the classic API costs about 450 KB
 * whatever is used, and so does holding zod's namespace as one object (`export { z }` of
 * `import * as z`), which drags every locale in. Named re-exports let the bundlers drop the rest.
 */
import { config } from 'zod/mini';
// Only the zh-CN locale: `z.locales` would pull every language into the bundles.
import zhCN from 'zod/v4/locales/zh-CN.js';

config(zhCN());

export * from 'zod/mini';
