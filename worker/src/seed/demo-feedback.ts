/**
 * Demo feedback of the site branch, so the inbox and 我的反馈 have something in every state: a
 * hazard resolved and rated, a request in progress, a suggestion past its accept deadline, and an
 * anonymous integrity report about 项目部 sent past the branch to the region's discipline contact
 * (its receipt, `JZGDDEMO2026`, is in the README). Fixed ids and INSERT
 * OR IGNORE: seeding again changes nothing.
 */
import { addWorkingDays } from '@sitebranch/shared';
import { receiptHash } from '../feedback/receipt';

const DAY = 24 * 3_600_000;
/** The demo anonymous report's receipt, stored (like every receipt) only as a hash. */
export const DEMO_RECEIPT = 'JZGDDEMO2026';

const quote = (value: string | number | null) =>
  value === null ? 'NULL' : typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`;
const userIdOf = (name: string) => `(SELECT id FROM users WHERE openid = ${quote(`dev:${name}`)})`;

interface DemoFeedback {
  id: string;
  category: string;
  text: string;
  place: string | null;
  by: string | null;
  status: string;
  routedTo?: 'region';
  daysAgo: number;
  rating?: number;
  events: [kind: string, actor: 'submitter' | 'organizer' | 'system', organizer: string | null, note: string | null, daysAgo: number][];
}

/** `receiptSecret` is the worker's RECEIPT_SECRET, under which the demo receipt is hashed like any other. */
export function demoFeedbackStatements(receiptSecret: string, now = Date.now()): string[] {
  const items: DemoFeedback[] = [
    {
      id: 'demo-feedback-1',
      category: 'hazard',
      text: '3 号楼 12 层东侧临边防护栏杆松动，有坠落风险，请尽快加固。',
      place: '3 号楼 12 层东侧',
      by: '马国富',
      status: 'resolved',
      daysAgo: 6,
      rating: 5,
      events: [
        ['accepted', 'organizer', '王志强', '已通知安全员现场查看', 5.9],
        ['in_progress', 'organizer', '王志强', null, 5.5],
        ['resolved', 'organizer', '王志强', '栏杆已重新固定并加设踢脚板', 5],
        ['rated', 'submitter', null, '非常满意：处理很快', 4.8],
      ],
    },
    {
      id: 'demo-feedback-2',
      category: 'request',
      text: '5 号宿舍楼热水器坏了一周，晚上下班洗不上热水澡。',
      place: '生活区 5 号楼',
      by: '杨树林',
      status: 'in_progress',
      daysAgo: 3,
      events: [
        ['accepted', 'organizer', '李红梅', '已联系后勤', 2.8],
        ['reply', 'organizer', '李红梅', '维修师傅明天上午到，请留人开门', 2],
      ],
    },
    {
      id: 'demo-feedback-3',
      category: 'suggestion',
      text: '建议食堂晚班也供应热饭，夜里加班的工友只能吃泡面。',
      place: null,
      by: '罗长江',
      status: 'submitted',
      daysAgo: 5,
      events: [],
    },
    {
      id: 'demo-feedback-4',
      category: 'integrity',
      text: '有分包单位向项目部个别人员送购物卡，请核查。',
      place: null,
      by: null,
      status: 'accepted',
      routedTo: 'region',
      daysAgo: 1,
      events: [['accepted', 'organizer', '钱卫东', '已受理，将按规定核查', 0.5]],
    },
  ];
  return items.flatMap((f) => {
    const createdAt = now - f.daysAgo * DAY;
    const anonymous = f.by === null;
    const closedAt = f.status === 'resolved' ? now - 5 * DAY : null;
    const overdue = f.status === 'submitted' && addWorkingDays(createdAt, 2) < now ? 1 : 0;
    return [
      `INSERT OR IGNORE INTO feedback (id, branch_id, category, routed_to, text, place, anonymous, user_id, receipt_hash, status, accept_due_at, resolve_due_at, overdue, closed_at, rating, created_at, updated_at)
       SELECT ${[f.id, 'demo-site', f.category, f.routedTo ?? 'branch', f.text, f.place].map(quote).join(', ')}, ${anonymous ? 1 : 0}, ${anonymous ? 'NULL' : userIdOf(f.by!)},
         ${anonymous ? quote(receiptHash(receiptSecret, DEMO_RECEIPT)) : 'NULL'}, ${quote(f.status)}, ${addWorkingDays(createdAt, 2)}, ${addWorkingDays(createdAt, 15)}, ${overdue},
         ${closedAt ?? 'NULL'}, ${f.rating ?? 'NULL'}, ${createdAt}, ${createdAt}`,
      `INSERT OR IGNORE INTO feedback_events (id, feedback_id, kind, actor, created_at) VALUES (${quote(`${f.id}-submitted`)}, ${quote(f.id)}, 'submitted', 'submitter', ${createdAt})`,
      ...f.events.map(
        ([kind, actor, organizer, note, daysAgo], i) =>
          `INSERT OR IGNORE INTO feedback_events (id, feedback_id, kind, actor, organizer_id, note, created_at)
           SELECT ${quote(`${f.id}-${i}`)}, ${quote(f.id)}, ${quote(kind)}, ${quote(actor)}, ${organizer ? userIdOf(organizer) : 'NULL'}, ${quote(note)}, ${now - daysAgo * DAY}`,
      ),
    ];
  });
}
