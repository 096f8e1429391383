import { TEXT_MAX } from '../domain/text-limits';
import { LOGIN_TICKET_STATES, SESSION_KIND_LABELS, type SessionKind } from '../domain/login-ticket';
import * as z from '../zod';
import { IdSchema, TimestampSchema, text } from './common';
import { ProfileSchema } from './user';

export const WechatLoginSchema = z.strictObject({
  /** The code from `Taro.login()`, valid once for five minutes. */
  code: z.string().check(z.trim(), z.minLength(1, '缺少微信登录凭证'), z.maxLength(128, '微信登录凭证格式不正确')),
});

export const DevLoginSchema = z.strictObject({
  /** A demo person's name logs in as them; any other name makes a new person with no membership. */
  name: text('姓名', TEXT_MAX.personName),
});

export const SessionSchema = z.object({
  token: z.string(),
  /** When this token stops working; the app renews it before then. */
  expiresAt: TimestampSchema,
  /** When the session itself ends, however often it is renewed (then log in again). */
  sessionEndsAt: TimestampSchema,
});
export type Session = z.infer<typeof SessionSchema>;

export const LoginResultSchema = z.extend(SessionSchema, {
  user: ProfileSchema,
  isNewUser: z.boolean(),
});
export type LoginResult = z.infer<typeof LoginResultSchema>;

/** A login ticket as the computer receives it: the id goes in the QR code, the secret stays on the computer. */
export const LoginTicketSchema = z.object({
  id: IdSchema,
  secret: z.string(),
  expiresAt: TimestampSchema,
});

export const CollectTicketSchema = z.strictObject({
  /** The secret the computer was given with the ticket: proof that it is the computer that asked. */
  secret: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, '登录凭证格式不正确，请刷新二维码')),
});

/** Where a ticket stands, as the computer asks every few seconds; with the session once confirmed. */
export const TicketProgressSchema = z.object({
  state: z.enum(LOGIN_TICKET_STATES),
  login: z.nullable(LoginResultSchema),
});

/** What the phone is shown before confirming: which computer is asking, when, and from roughly where. */
export const TicketRequestSchema = z.object({
  id: IdSchema,
  device: z.string(),
  area: z.nullable(z.string()),
  requestedAt: TimestampSchema,
  expiresAt: TimestampSchema,
});

export const TicketDecisionSchema = z.strictObject({
  /** true: log that computer in as me; false: refuse it. */
  approve: z.boolean({ error: '请选择确认登录或拒绝（approve 为 true 或 false）' }),
});

const SESSION_KINDS = Object.keys(SESSION_KIND_LABELS) as [SessionKind, ...SessionKind[]];

/** One place where the person is logged in, for 我的 → 登录设备. */
export const DeviceSessionSchema = z.object({
  id: IdSchema,
  kind: z.enum(SESSION_KINDS),
  device: z.nullable(z.string()),
  area: z.nullable(z.string()),
  createdAt: TimestampSchema,
  expiresAt: TimestampSchema,
  /** The session this request came with. */
  current: z.boolean(),
});
export type DeviceSession = z.infer<typeof DeviceSessionSchema>;
