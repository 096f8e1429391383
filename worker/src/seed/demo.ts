/**
 * Demo data for local runs: one region, a construction-site branch and a community branch, and
 * about 30 people covering every role and several work teams. Every statement is idempotent, so
 * seeding twice changes nothing. Log in as any of them by name with `POST /api/auth/dev`.
 */
import type { BranchRole, UnitKind } from '@sitebranch/shared';

export const DEMO_REGION = { id: 'demo-region', name: '示范市住房和城乡建设局' };

export const DEMO_BRANCHES = [
  {
    id: 'demo-site',
    kind: 'site',
    name: '滨江花园项目临时党支部',
    projectName: '滨江花园二期工程',
    address: '示范市滨江区江滨路 88 号',
    coUnits: [
      { kind: 'government', name: '示范市建设工程质量安全监督站' },
      { kind: 'client', name: '示范城投置业有限公司' },
      { kind: 'contractor', name: '示范建工集团第三工程公司' },
      { kind: 'supervisor', name: '示范工程监理咨询有限公司' },
      { kind: 'association', name: '示范市建筑业协会' },
    ],
    /** A demo invite code anyone can join with (see the README). */
    inviteCode: 'JZGD8888',
  },
  {
    id: 'demo-community',
    kind: 'community',
    name: '幸福里社区党支部',
    projectName: null,
    address: '示范市滨江区幸福里 1 号',
    coUnits: [
      { kind: 'property', name: '幸福里物业服务中心' },
      { kind: 'government', name: '滨江街道办事处' },
    ],
    inviteCode: 'SQDJ6666',
  },
] as const;

type DemoMembership = { branch: 'demo-site' | 'demo-community'; role: BranchRole; workTeam?: string };

export interface DemoPerson {
  name: string;
  unitKind: UnitKind;
  unitName: string;
  memberships: DemoMembership[];
  regionAdmin?: boolean;
  /** The region's discipline contact (纪检联系人): handles 廉政监督 sent past the branches. */
  disciplineContact?: boolean;
  platformAdmin?: boolean;
}

const site = (role: BranchRole, workTeam?: string): DemoMembership => ({ branch: 'demo-site', role, ...(workTeam && { workTeam }) });
const community = (role: BranchRole): DemoMembership => ({ branch: 'demo-community', role });
const CONTRACTOR = '示范建工集团第三工程公司';

export const DEMO_PEOPLE: DemoPerson[] = [
  { name: '平台管理员', unitKind: 'government', unitName: '示范市住建局信息中心', memberships: [], platformAdmin: true },
  { name: '周明', unitKind: 'government', unitName: '示范市住房和城乡建设局', memberships: [], regionAdmin: true },
  { name: '钱卫东', unitKind: 'government', unitName: '示范市纪委监委派驻住建局纪检监察组', memberships: [], disciplineContact: true },
  // The site branch: secretary, committee, Party members and workers in four work teams.
  { name: '张建国', unitKind: 'contractor', unitName: CONTRACTOR, memberships: [site('secretary', '项目部')] },
  { name: '李红梅', unitKind: 'supervisor', unitName: '示范工程监理咨询有限公司', memberships: [site('committee', '项目部')] },
  { name: '王志强', unitKind: 'contractor', unitName: CONTRACTOR, memberships: [site('committee', '安全班')] },
  { name: '刘洋', unitKind: 'contractor', unitName: CONTRACTOR, memberships: [site('member', '钢筋班'), community('masses')] },
  { name: '陈静', unitKind: 'client', unitName: '示范城投置业有限公司', memberships: [site('member', '项目部')] },
  { name: '赵磊', unitKind: 'contractor', unitName: CONTRACTOR, memberships: [site('member', '木工班')] },
  { name: '孙丽', unitKind: 'government', unitName: '示范市建设工程质量安全监督站', memberships: [site('member', '项目部')] },
  { name: '马国富', unitKind: 'contractor', unitName: CONTRACTOR, memberships: [site('masses', '钢筋班')] },
  { name: '杨树林', unitKind: 'contractor', unitName: CONTRACTOR, memberships: [site('masses', '钢筋班')] },
  { name: '何大勇', unitKind: 'contractor', unitName: CONTRACTOR, memberships: [site('masses', '钢筋班')] },
  { name: '罗长江', unitKind: 'contractor', unitName: CONTRACTOR, memberships: [site('masses', '木工班')] },
  { name: '高山', unitKind: 'contractor', unitName: CONTRACTOR, memberships: [site('masses', '木工班')] },
  { name: '林永福', unitKind: 'contractor', unitName: CONTRACTOR, memberships: [site('masses', '木工班')] },
  { name: '郭春生', unitKind: 'contractor', unitName: CONTRACTOR, memberships: [site('masses', '架子班')] },
  { name: '谢宝山', unitKind: 'contractor', unitName: CONTRACTOR, memberships: [site('masses', '架子班')] },
  { name: '韩立新', unitKind: 'contractor', unitName: CONTRACTOR, memberships: [site('masses', '架子班')] },
  { name: '唐建华', unitKind: 'contractor', unitName: CONTRACTOR, memberships: [site('masses', '安全班')] },
  { name: '曹德胜', unitKind: 'contractor', unitName: CONTRACTOR, memberships: [site('masses', '安全班')] },
  // The community branch: secretary, committee, Party members and residents.
  { name: '黄秀英', unitKind: 'government', unitName: '滨江街道办事处', memberships: [community('secretary')] },
  { name: '吴涛', unitKind: 'property', unitName: '幸福里物业服务中心', memberships: [community('committee')] },
  { name: '郑芳', unitKind: 'resident', unitName: '幸福里 3 栋', memberships: [community('member')] },
  { name: '冯刚', unitKind: 'resident', unitName: '幸福里 5 栋', memberships: [community('member')] },
  { name: '许桂兰', unitKind: 'resident', unitName: '幸福里 1 栋', memberships: [community('masses')] },
  { name: '邓文', unitKind: 'resident', unitName: '幸福里 2 栋', memberships: [community('masses')] },
  { name: '彭晓燕', unitKind: 'resident', unitName: '幸福里 3 栋', memberships: [community('masses')] },
  { name: '蒋大爷', unitKind: 'resident', unitName: '幸福里 6 栋', memberships: [community('masses')] },
  { name: '田小雨', unitKind: 'resident', unitName: '幸福里 8 栋', memberships: [community('masses')] },
  // Logged in once, belongs nowhere yet: try joining with an invite code.
  { name: '新来的工友', unitKind: 'contractor', unitName: CONTRACTOR, memberships: [] },
];

/** A fixed moment, so that seeding twice writes exactly the same rows. */
const SEEDED_AT = Date.UTC(2026, 0, 5, 1, 0, 0);
const INVITES_EXPIRE_AT = Date.UTC(2030, 11, 31, 15, 59, 59);

function quote(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') return String(value);
  return `'${value.replace(/'/g, "''")}'`;
}

const userIdOf = (name: string) => `(SELECT id FROM users WHERE openid = ${quote(`dev:${name}`)})`;

/**
 * The seed as SQL statements, each safe to run again. People are found by their dev openid, so a
 * demo person who logged in before the seed ran keeps their account and still gets their roles.
 */
export function demoSeedStatements(): string[] {
  const statements: string[] = [
    `INSERT OR IGNORE INTO regions (id, name, created_at) VALUES (${quote(DEMO_REGION.id)}, ${quote(DEMO_REGION.name)}, ${SEEDED_AT})`,
  ];
  for (const b of DEMO_BRANCHES) {
    statements.push(
      `INSERT OR IGNORE INTO branches (id, region_id, kind, name, project_name, address, co_units, created_at) VALUES (${[
        b.id,
        DEMO_REGION.id,
        b.kind,
        b.name,
        b.projectName,
        b.address,
        JSON.stringify(b.coUnits),
      ]
        .map(quote)
        .join(', ')}, ${SEEDED_AT})`,
    );
  }
  DEMO_PEOPLE.forEach((p, index) => {
    const id = `demo-user-${String(index + 1).padStart(2, '0')}`;
    statements.push(
      `INSERT OR IGNORE INTO users (id, openid, name, unit_kind, unit_name, is_platform_admin, created_at, updated_at) VALUES (${[
        id,
        `dev:${p.name}`,
        p.name,
        p.unitKind,
        p.unitName,
      ]
        .map(quote)
        .join(', ')}, ${p.platformAdmin ? 1 : 0}, ${SEEDED_AT}, ${SEEDED_AT})`,
    );
    for (const m of p.memberships) {
      statements.push(
        `INSERT OR IGNORE INTO memberships (branch_id, user_id, role, work_team, joined_at) SELECT ${quote(m.branch)}, ${userIdOf(p.name)}, ${quote(m.role)}, ${quote(m.workTeam)}, ${SEEDED_AT}`,
      );
    }
    if (p.regionAdmin) {
      statements.push(
        `INSERT OR IGNORE INTO region_admins (region_id, user_id, created_at) SELECT ${quote(DEMO_REGION.id)}, ${userIdOf(p.name)}, ${SEEDED_AT}`,
      );
    }
    if (p.disciplineContact) {
      const admin = DEMO_PEOPLE.find((a) => a.regionAdmin)!;
      statements.push(
        `INSERT OR IGNORE INTO region_discipline_contacts (region_id, user_id, appointed_by, created_at) SELECT ${quote(DEMO_REGION.id)}, ${userIdOf(p.name)}, ${userIdOf(admin.name)}, ${SEEDED_AT}`,
      );
    }
  });
  const secretaryOf = (branch: string) =>
    DEMO_PEOPLE.find((p) => p.memberships.some((m) => m.branch === branch && m.role === 'secretary'))!;
  for (const b of DEMO_BRANCHES) {
    statements.push(
      `INSERT OR IGNORE INTO invites (code, branch_id, role, expires_at, max_uses, created_by, created_at) SELECT ${quote(b.inviteCode)}, ${quote(b.id)}, 'masses', ${INVITES_EXPIRE_AT}, 100000, ${userIdOf(secretaryOf(b.id).name)}, ${SEEDED_AT}`,
    );
    statements.push(
      `UPDATE branches SET member_count = (SELECT count(*) FROM memberships WHERE branch_id = ${quote(b.id)}) WHERE id = ${quote(b.id)}`,
    );
  }
  return statements;
}
