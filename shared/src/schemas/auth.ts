import * as z from '../zod';
import { TimestampSchema, text } from './common';
import { ProfileSchema } from './user';

export const WechatLoginSchema = z.strictObject({
  /** The code from `Taro.login()`, valid once for five minutes. */
  code: z.string().check(z.trim(), z.minLength(1, '缺少微信登录凭证'), z.maxLength(128, '微信登录凭证格式不正确')),
});

export const DevLoginSchema = z.strictObject({
  /** A demo person's name logs in as them; any other name makes a new person with no membership. */
  name: text('姓名', 20),
});

export const SessionSchema = z.object({
  token: z.string(),
  expiresAt: TimestampSchema,
});
export type Session = z.infer<typeof SessionSchema>;

export const LoginResultSchema = z.extend(SessionSchema, {
  user: ProfileSchema,
  isNewUser: z.boolean(),
});
export type LoginResult = z.infer<typeof LoginResultSchema>;
