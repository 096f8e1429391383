/**
 * An entry's text after its number split into the person's name and the remark after it: emoji and
 * WeChat emoticons taken out, brackets and separators dropped from the remark, 请假 glued to the name
 * cut off, a spaced-out name joined again.
 */

import { isEmojiPart, isLetter } from '../characters';
import { ABSENCE_WORDS, isAbsenceRemark } from './absence';
import { latinNameLength, otherNameLength, runEnd, spacedRestOfName } from './name-length';

/** WeChat's own emoticons paste as text in half-width brackets: `刘洋[抱拳]`. Only these: `[木工班]` is a remark. */
const WECHAT_EMOTICONS = new Set(
  (
    '微笑 撇嘴 色 发呆 得意 流泪 害羞 闭嘴 睡 大哭 尴尬 发怒 调皮 呲牙 惊讶 难过 囧 抓狂 吐 偷笑 愉快 白眼 傲慢 困 惊恐 憨笑 悠闲 ' +
    '咒骂 疑问 嘘 晕 衰 骷髅 敲打 再见 擦汗 抠鼻 鼓掌 坏笑 右哼哼 左哼哼 鄙视 委屈 快哭了 阴险 亲亲 可怜 笑脸 生病 脸红 破涕为笑 ' +
    '恐惧 失望 无语 嘿哈 捂脸 奸笑 机智 皱眉 耶 吃瓜 加油 汗 天啊 Emm 社会社会 旺柴 好的 打脸 哇 翻白眼 666 让我看看 叹气 苦涩 ' +
    '裂开 嘴唇 爱心 心碎 拥抱 强 弱 握手 胜利 抱拳 勾引 拳头 OK 合十 啤酒 咖啡 蛋糕 玫瑰 凋谢 菜刀 炸弹 便便 月亮 太阳 庆祝 礼物 ' +
    '红包 發 福 烟花 爆竹 猪头 跳跳 发抖 转圈'
  ).split(' '),
);
const BRACKETED = /\[([^[\]\s]{1,5})\]/g;

/** Brackets only mark the remark off (`张伟（木工班）`); punctuation at its ends is a separator from the name. */
const BRACKETS = /[()（）【】[\]「」『』《》<>〈〉{}]/g;
const REMARK_EDGES = /^[\s\-—–_~～/\\,，、;；:：|+.。!！?？"'“”‘’*#=]+|[\s\-—–_~～/\\,，、;；:：|+.。!！?？"'“”‘’*#=]+$/g;

function withoutDecoration(text: string): string {
  const emoticonsOut = text.replace(BRACKETED, (whole, inner: string) => (WECHAT_EMOTICONS.has(inner) ? ' ' : whole));
  return Array.from(emoticonsOut, (char) => (isEmojiPart(char) ? ' ' : char)).join('');
}

function cleanRemark(text: string): string {
  return text.replace(BRACKETS, ' ').replace(/\s+/g, ' ').replace(REMARK_EDGES, '');
}

/**
 * The name and remark after an entry's number: the name is the first token, the rest is the remark.
 * Two habits are undone: `赵磊请假` glued together (or 请假 would be lost and 赵磊 checked in), and
 * `王 芳` spaced out to line up with three-character names (no one is called 王).
 */
export function splitNameRemark(rest: string): { name: string; remark: string } {
  const decorated = Array.from(withoutDecoration(rest));
  const chars = decorated.slice(runEnd(decorated, 0, (char) => !isLetter(char)));
  const text = chars.join('');
  const latinLength = latinNameLength(chars);
  if (latinLength > 0) {
    const name = chars
      .slice(0, latinLength)
      .join('')
      .replace(/[.'’-]+$/, '');
    return { name: name.replace(/\s+/g, ' '), remark: cleanRemark(text.slice(name.length)) };
  }
  const otherLength = otherNameLength(chars);
  if (otherLength === 0) return { name: '', remark: cleanRemark(text) };
  const other = chars.slice(0, otherLength).join('');
  let name = other.replace(/\s+/g, '');
  let after = text.slice(other.length);
  const glued = ABSENCE_WORDS.filter((word) => name.endsWith(word) && Array.from(name).length - word.length >= 2).sort(
    (a, b) => b.length - a.length,
  )[0];
  if (glued) {
    after = `${glued} ${after}`;
    name = name.slice(0, -glued.length);
  } else if (Array.from(name).length === 1) {
    const more = spacedRestOfName(after);
    if (more && !/[班组队]$/.test(more.rest) && !isAbsenceRemark(more.rest)) {
      name += more.rest;
      after = after.slice(more.length);
    }
  }
  return { name, remark: cleanRemark(after) };
}
