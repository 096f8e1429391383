/**
 * The 花名册: the people of a branch as its secretary keeps them in Excel, including workers who
 * have no smartphone and never log in. Reading a roster file's rows into people, with a report by
 * row and column of what is wrong (the same shape as a question import); the worker writes them.
 */
import type { BranchRole } from '../roles';
import { ROSTER_MAX_CHARS } from './constants';
import { normalizeCell } from './question-import';
import type { ImportIssue } from './questions';

/** A roster file: at most this many people. */
export const ROSTER_MAX_ROWS = 2000;
/** A claim code (认领码) lasts this long; one use. */
export const CLAIM_CODE_DAYS = 7;

/** Each roster column and the headers rosters give it (compared without spaces or full-width forms). */
export const ROSTER_HEADER_SYNONYMS = {
  姓名: ['姓名', '名字', '人员姓名', '员工姓名', '工人姓名'],
  班组: ['班组', '所在班组', '工种', '班组名称', '队伍'],
  单位: ['单位', '工作单位', '所在单位', '所属单位', '劳务公司', '公司'],
  手机: ['手机', '手机号', '手机号码', '电话', '联系电话', '联系方式'],
  身份: ['身份', '政治面貌', '党员/群众'],
} as const;
export type RosterHeader = keyof typeof ROSTER_HEADER_SYNONYMS;

/** 政治面貌 as rosters write it. 预备党员 are Party members in the branch's life; everyone else is 群众. */
const ROLE_WORDS: Record<string, Extract<BranchRole, 'member' | 'masses'>> = {
  党员: 'member',
  中共党员: 'member',
  正式党员: 'member',
  预备党员: 'member',
  中共预备党员: 'member',
  群众: 'masses',
  团员: 'masses',
  共青团员: 'masses',
  民主党派: 'masses',
  无党派: 'masses',
  无党派人士: 'masses',
};

export function rosterRoleOf(text: string): Extract<BranchRole, 'member' | 'masses'> | null {
  const clean = normalizeCell(text);
  return clean ? (ROLE_WORDS[clean] ?? null) : 'masses';
}

const PHONE = /^1[3-9]\d{9}$/;

export interface NewRosterPerson {
  name: string;
  workTeam: string | null;
  unitName: string | null;
  phone: string | null;
  role: Extract<BranchRole, 'member' | 'masses'>;
}

/** Who is already in the branch, to refuse a second copy of them. */
export interface RosterExisting {
  name: string | null;
  workTeam: string | null;
  phone: string | null;
}

/**
 * Two entries are the same person when they share a phone number, or, without one, the same name
 * in the same work team: two 张伟 in different teams are two people.
 */
export function rosterKeys(person: RosterExisting): string[] {
  const keys: string[] = [];
  if (person.phone) keys.push(`phone:${person.phone}`);
  if (person.name) keys.push(`name:${normalizeCell(person.name)}|${normalizeCell(person.workTeam ?? '')}`);
  return keys;
}

function locate(header: string[]): Map<RosterHeader, number> {
  const at = new Map<RosterHeader, number>();
  header.forEach((cell, i) => {
    const clean = normalizeCell(cell);
    for (const [column, names] of Object.entries(ROSTER_HEADER_SYNONYMS)) {
      if ((names as readonly string[]).includes(clean) && !at.has(column as RosterHeader)) at.set(column as RosterHeader, i);
    }
  });
  return at;
}

/** A title row or two may stand above the header; the header is the first row with a 姓名 column. */
const HEADER_SEARCH_ROWS = 10;

function readPerson(cells: string[], at: Map<RosterHeader, number>): { person?: NewRosterPerson; issues: Omit<ImportIssue, 'row'>[] } {
  const cell = (column: RosterHeader) => (at.has(column) ? (cells[at.get(column)!] ?? '').trim() : '');
  const issues: Omit<ImportIssue, 'row'>[] = [];
  const name = cell('姓名').replace(/\s+/g, '');
  if (!name) issues.push({ column: '姓名', message: '不能为空' });
  for (const column of ['姓名', '班组', '单位'] as const) {
    if (cell(column).length > ROSTER_MAX_CHARS[column]) issues.push({ column, message: `不能超过 ${ROSTER_MAX_CHARS[column]} 个字` });
  }
  const phone = cell('手机')
    .replace(/[\s-]/g, '')
    .replace(/^\+?86/, '');
  if (phone && !PHONE.test(phone)) issues.push({ column: '手机', message: `“${cell('手机')}”不是 11 位手机号码（可以不填）` });
  const role = rosterRoleOf(cell('身份'));
  if (!role) issues.push({ column: '身份', message: `“${cell('身份')}”不是党员、预备党员或群众（可以不填，默认群众）` });
  if (issues.length) return { issues };
  return { person: { name, workTeam: cell('班组') || null, unitName: cell('单位') || null, phone: phone || null, role: role! }, issues };
}

/**
 * The people of a roster file, or every problem in it. A person already in the branch, or twice in
 * the file, is a problem: the import is all or nothing.
 */
export function readRosterRows(rows: string[][], existing: RosterExisting[]): { people: NewRosterPerson[]; issues: ImportIssue[] } {
  const firstFilled = rows.findIndex((cells) => cells.some((c) => c.trim()));
  if (firstFilled < 0) return { people: [], issues: [{ row: 1, column: '文件', message: '文件是空的，请按模板填写花名册' }] };
  let headerIndex = -1;
  for (let i = firstFilled; i < Math.min(rows.length, firstFilled + HEADER_SEARCH_ROWS) && headerIndex < 0; i++) {
    if (locate(rows[i]!).has('姓名')) headerIndex = i;
  }
  if (headerIndex < 0)
    return {
      people: [],
      issues: [{ row: firstFilled + 1, column: '表头', message: '缺少“姓名”列，请使用花名册模板（班组、单位、手机、身份可选）' }],
    };
  const at = locate(rows[headerIndex]!);
  const body = rows
    .map((cells, i) => ({ cells, row: i + 1 }))
    .slice(headerIndex + 1)
    .filter(({ cells }) => cells.some((c) => c.trim()));
  if (body.length === 0)
    return { people: [], issues: [{ row: headerIndex + 2, column: '文件', message: '没有找到人员，请在表头下面逐行填写' }] };
  if (body.length > ROSTER_MAX_ROWS)
    return {
      people: [],
      issues: [{ row: body[ROSTER_MAX_ROWS]!.row, column: '文件', message: `一次最多导入 ${ROSTER_MAX_ROWS} 人，请分成几份` }],
    };

  // Each key → who already has it: a member of the branch, or an earlier row.
  const known = new Map<string, string>();
  for (const person of existing) for (const key of rosterKeys(person)) known.set(key, '支部中已有的成员');
  const people: NewRosterPerson[] = [];
  const issues: ImportIssue[] = [];
  for (const { cells, row } of body) {
    const result = readPerson(cells, at);
    issues.push(...result.issues.map((issue) => ({ row, ...issue })));
    if (!result.person) continue;
    const keys = rosterKeys(result.person);
    const clash = keys.find((key) => known.has(key));
    if (clash?.startsWith('phone:')) issues.push({ row, column: '手机', message: `手机号与${known.get(clash)}相同，同一个人不能导入两次` });
    else if (clash)
      issues.push({
        row,
        column: '姓名',
        message: `与${known.get(clash)}同名且同班组，同一个人不能导入两次（同名的两个人请写明不同班组或手机号）`,
      });
    if (clash) continue;
    for (const key of keys) known.set(key, `第 ${row} 行`);
    people.push(result.person);
  }
  return { people, issues };
}
