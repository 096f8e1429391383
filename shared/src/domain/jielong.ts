/**
 * 接龙: the check-in list a branch's organizer collects in the site's WeChat group (`#接龙`, a title,
 * `例 张三 钢筋班`, then `1. 李建国 钢筋班` …) and pastes in to check those people in. Reading the paste
 * into entries, and matching each entry's name to a person of the roster (花名册). People type
 * whatever they like after their number, so the reader is forgiving and the matcher is careful:
 * anything it cannot decide goes back to the organizer rather than checking in the wrong 张伟.
 *
 * This file is the module's entry; the parts are in `jielong/`: `read-list` (the paste into entries),
 * `name-and-remark` and `name-length` (an entry's name and remark), `absence` (请假 and its kin) and
 * `match-roster` (entries to roster people).
 */

export { isAbsenceRemark } from './jielong/absence';
export { type JielongMatch, matchJielong, type RosterPerson } from './jielong/match-roster';
export { JIELONG_MAX_ENTRIES, type JielongEntry, type JielongIssue, type JielongList, parseJielong } from './jielong/read-list';
