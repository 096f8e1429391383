/**
 * Words for being away (请假, 缺席, 不来…) in a 接龙 remark: an entry that says so is matched like the
 * others but not checked in, and the reader cuts them off names they are glued to (`赵磊请假`).
 */

/** Words that say someone will not be there. Kept out of `isAbsenceRemark`'s negations below. */
export const ABSENCE_WORDS = [
  '请假',
  '请事假',
  '请病假',
  '病假',
  '事假',
  '婚假',
  '丧假',
  '产假',
  '休假',
  '休息',
  '调休',
  '轮休',
  '缺席',
  '缺勤',
  '不来',
  '来不了',
  '不能来',
  '不能到',
  '到不了',
  '不到场',
  '没来',
  '未到',
  '不参加',
  '不能参加',
  '参加不了',
  '无法参加',
  '无法到场',
  '未参加',
  '出差',
];
/** `不请假` and `没请假` contain 请假 but say the opposite. */
const ABSENCE_NEGATIONS = /(?:不|没|未|无|无需|不用)(?:请假|休息|缺席)/g;
const LATIN_ABSENCE = /\b(?:absent|on leave|leave|day off)\b/i;

/** Whether a remark says the person is absent/on leave (请假, 缺席, 不来, 病假, 休息…): such entries must not be checked in. */
export function isAbsenceRemark(remark: string): boolean {
  const clean = remark.normalize('NFKC').replace(/\s+/g, '').replace(ABSENCE_NEGATIONS, '');
  if (clean === '假') return true;
  return ABSENCE_WORDS.some((word) => clean.includes(word)) || LATIN_ABSENCE.test(remark.normalize('NFKC'));
}
