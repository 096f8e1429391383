/** A branch is built on a construction site (支部建在工地上) or in a residential community. */
export const BRANCH_KINDS = ['site', 'community'] as const;
export type BranchKind = (typeof BRANCH_KINDS)[number];
export const BRANCH_KIND_LABELS: Record<BranchKind, string> = { site: '工地', community: '社区' };

/**
 * The kinds of unit a person or a co-building partner belongs to: the "five in one" of a site
 * (government supervisor, client, contractor, supervision firm, association) and a community's own.
 */
export const UNIT_KINDS = ['government', 'client', 'contractor', 'supervisor', 'association', 'property', 'resident', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  government: '政府监管部门',
  client: '建设单位',
  contractor: '施工单位',
  supervisor: '监理单位',
  association: '行业协会',
  property: '物业服务企业',
  resident: '社区居民',
  other: '其他单位',
};

/** China Standard Time, in which months and quarters are counted. */
export const CST_OFFSET_MS = 8 * 60 * 60 * 1000;
/** One day in milliseconds (China keeps no daylight saving, so every day is this long). */
export const DAY_MS = 24 * 60 * 60_000;

/** The longest 花名册 fields, in characters: the same for a person added by hand and a roster file's cells. */
export const ROSTER_MAX_CHARS = { 姓名: 20, 班组: 20, 单位: 40 } as const;

/**
 * The answer header in which a worker run with D1_METER=on (only `npm run bench` does) reports the
 * request's D1 cost: `round-trips=1, rows-read=4, rows-written=3, unmetered=0`.
 */
export const D1_METER_HEADER = 'd1-meter';
