/**
 * `npm run bench`: the benchmarks in one run against `wrangler dev` (workerd, D1 on local SQLite,
 * 127.0.0.1 only), written to bench/results.md with the machine, the date and the commit, each figure
 * beside its target. The parts that touch data run twice, on a small and on a province-sized data
 * set (province-seed.ts) that differ only in how many years of history lie behind this month; the
 * worker reports each request's D1 cost (D1_METER=on), so rows read can be held to "the same at
 * both sizes". Not part of the test command: the times depend on the machine; the ratios, the row
 * counts and the checks of each run do not.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { localD1File, prepareState, startWorker, type RunningWorker } from '../e2e/local-worker';
import { benchCheckins } from './checkin-burst';
import { benchContest } from './contest-submit';
import { benchDashboards } from './dashboards';
import { benchH5 } from './h5-first-load';
import { benchLighthouse } from './lighthouse';
import type { Figure } from './lib';
import { LARGE, seedProvince, SMALL, type ProvinceSize, type SeedReport } from './province-seed';
import { benchSizes } from './sizes';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SIZES = [SMALL, LARGE];
/** Parts measured at both data sizes. */
const DATA_PARTS: [string, (base: string) => Promise<Figure[]>][] = [
  ['The morning-meeting burst (签到)', benchCheckins],
  ['The contest’s last minutes (答题)', benchContest],
  ['Dashboards and ranking (结果)', benchDashboards],
];
/** Parts measured once, on the small data set: what a phone downloads and how the pages score. */
const PAGE_PARTS: [string, (base: string) => Promise<Figure[]>][] = [
  ['The H5 app on a first visit', benchH5],
  ['Lighthouse, mobile (H5 pages)', benchLighthouse],
];

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const cell = (text: string) => text.replace(/\|/g, '\\|');
const verdict = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'met' : '**missed**');
/** Row counts may wobble by a row or two with where random ids fall in the indexes; scanning would differ by thousands. */
const roughlySame = (a: number, b: number) => Math.abs(a - b) <= Math.max(2, 0.05 * Math.max(a, b));

let missed = 0;
const sections: string[] = [];

async function timed<T>(title: string, work: () => Promise<T>): Promise<T> {
  process.stdout.write(`${title}… `);
  const t0 = performance.now();
  const result = await work();
  console.log(`${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return result;
}

function singleTable(title: string, figures: Figure[]) {
  missed += figures.filter((f) => f.ok === false).length;
  const rows = figures.map((f) => `| ${cell(f.measure)} | ${cell(f.value)} | ${f.target ? cell(f.target) : '—'} | ${verdict(f.ok)} |`);
  sections.push(`## ${title}\n\n| Measure | Figure | Target | |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`);
}

/** One table for a part measured at both sizes: the figures side by side, "the same" checked across. */
function pairedTable(title: string, [small, large]: Figure[][]) {
  const rows = small!.map((s, i) => {
    const l = large![i]!;
    const sameOk = s.same === undefined || l.same === undefined ? undefined : roughlySame(s.same, l.same);
    const oks = [s.ok, l.ok, sameOk].filter((ok) => ok !== undefined);
    const ok = oks.length ? oks.every(Boolean) : undefined;
    if (ok === false) missed += 1;
    return `| ${cell(s.measure)} | ${cell(s.value)} | ${cell(l.value)} | ${s.target ? cell(s.target) : '—'} | ${verdict(ok)} |`;
  });
  sections.push(
    `## ${title}\n\n| Measure | ${SIZES[0]!.label} | ${SIZES[1]!.label} | Target | |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`,
  );
}

function seedTable(reports: SeedReport[]) {
  const tables = Object.keys(reports[0]!.rows);
  const rows = [
    `| seeding took | ${reports.map((r) => `${r.seconds.toFixed(0)} s`).join(' | ')} |`,
    `| D1 file | ${reports.map((r) => `${(r.bytes / 2 ** 20).toFixed(0)} MiB`).join(' | ')} |`,
    ...tables.map((t) => `| ${t} | ${reports.map((r) => r.rows[t]!.toLocaleString('en')).join(' | ')} |`),
  ];
  sections.unshift(
    `## The data sets (written straight into the local D1 file)\n\n| | ${SIZES.map((s) => s.label).join(' | ')} |\n| --- | --- | --- |\n${rows.join('\n')}\n`,
  );
}

/** A fresh state with the demo data and one size of the province, and the worker on it, metered. */
async function startOn(size: ProvinceSize): Promise<{ worker: RunningWorker; report: SeedReport; dir: string }> {
  const state = prepareState(`${ROOT}tests/.tmp/bench-${size.weeks}w`);
  const report = seedProvince(localD1File(state), size);
  return { worker: await startWorker(state, { vars: { D1_METER: 'on' } }), report, dir: state.dir };
}

singleTable('Sizes', await timed('Sizes (worker bundle, weapp packages)', benchSizes));

const bySize: Figure[][][] = DATA_PARTS.map(() => []);
const reports: SeedReport[] = [];
for (const size of SIZES) {
  const { worker, report, dir } = await timed(`Seeding the ${size.label} data set`, () => startOn(size));
  reports.push(report);
  try {
    for (const [index, [title, part]] of DATA_PARTS.entries())
      bySize[index]!.push(await timed(`${title}, ${size.label}`, () => part(worker.baseUrl)));
    if (size === SMALL) for (const [title, part] of PAGE_PARTS) singleTable(title, await timed(title, () => part(worker.baseUrl)));
  } finally {
    await worker.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
for (const [index, [title]] of DATA_PARTS.entries()) pairedTable(title, bySize[index]!);
seedTable(reports);

const cpu = cpus();
const header = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\`. Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version};`,
  `client and server share it. Date: ${new Date().toISOString()}. Commit: ${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', '.', ':!bench/results.md') ? ' (with uncommitted changes)' : ''}.`,
  '',
].join('\n');
mkdirSync(`${ROOT}bench`, { recursive: true });
writeFileSync(`${ROOT}bench/results.md`, `${header}\n${sections.join('\n')}`);
console.log(`\n${sections.join('\n')}\nwritten to bench/results.md${missed ? `; ${missed} figure(s) missed their target` : ''}`);
if (missed) process.exitCode = 1;
