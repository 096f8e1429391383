/**
 * Asking for WeChat's consent to send one kind of notice (订阅消息), at the moment it makes sense:
 * after 提醒我, after sending feedback, after asking for leave — never on launch. One consent
 * allows one message, so each such moment asks again; a refusal is remembered on the phone and
 * not asked again until the person turns it back on in 消息. H5 has no such messages: 消息 is all.
 */
import type { SubscribeTemplate } from '@sitebranch/shared';
import Taro from '@tarojs/taro';
import { api } from '../api/client';
import { routes } from '../api/routes';

const refusedKey = (template: SubscribeTemplate) => `sitebranch.notify.refused.${template}`;
let templateIds: Promise<Record<string, string | null>> | null = null;

/** For tests: the template ids are asked for again. */
export function forgetTemplateIds(): void {
  templateIds = null;
}

export function refusedTemplates(): SubscribeTemplate[] {
  return (['event', 'feedback', 'leave', 'organizer', 'contest'] as const).filter((t) => Taro.getStorageSync(refusedKey(t)));
}

/** 重新允许: the next moment that makes sense asks again. */
export function allowAskingAgain(): void {
  for (const template of refusedTemplates()) Taro.removeStorageSync(refusedKey(template));
}

export function askToNotify(template: SubscribeTemplate): Promise<void> {
  return process.env.TARO_ENV === 'weapp' ? askWechat(template) : Promise.resolve();
}

/** The weapp part of `askToNotify`: WeChat's dialog, unless refused before, and the answer sent on. */
export async function askWechat(template: SubscribeTemplate): Promise<void> {
  if (Taro.getStorageSync(refusedKey(template))) return;
  try {
    templateIds ??= api(routes.noticeTemplates, {}, { toast: false }).then((r) => r.templates);
    const id = (await templateIds)[template];
    if (!id) return;
    const answer = (await Taro.requestSubscribeMessage({ tmplIds: [id], entityIds: [] })) as unknown as Record<string, string>;
    const accepted = answer[id] === 'accept';
    if (!accepted) Taro.setStorageSync(refusedKey(template), Date.now());
    await api(
      routes.answerSubscription,
      { body: { accepted: accepted ? [template] : [], refused: accepted ? [] : [template] } },
      { toast: false },
    );
  } catch {
    // The person closed the dialog, or the network is down: 消息 still has every notice.
  }
}
