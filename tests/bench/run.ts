/**
 * `npm run bench`: the benchmarks in one run against one `wrangler dev` (workerd, D1 on local SQLite,
 * 127.0.0.1 only), written to bench/results.md with the machine, the date and the commit, each figure
 * beside its target. Not part of the test command: the figures depend on the machine; the ratios
 * and the checks of each run do not.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { startLocalWorker } from '../e2e/local-worker';
import { benchCheckins } from './checkin-burst';
import { benchContest } from './contest-submit';
import { benchH5 } from './h5-first-load';
import type { Figure } from './lib';

const ROOT = new URL('../../', import.meta.url).pathname;
const PARTS: [string, (base: string) => Promise<Figure[]>][] = [
  ['The morning-meeting burst (签到)', benchCheckins],
  ['The contest’s last minutes (答题)', benchContest],
  ['The H5 app on a first visit', benchH5],
];

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const cell = (text: string) => text.replace(/\|/g, '\\|');

const worker = await startLocalWorker();
const sections: string[] = [];
let missed = 0;
try {
  for (const [title, part] of PARTS) {
    process.stdout.write(`${title}… `);
    const figures = await part(worker.baseUrl);
    missed += figures.filter((f) => f.ok === false).length;
    console.log('done');
    for (const f of figures) console.log(`  ${f.measure}: ${f.value}${f.target ? ` (target ${f.target}${f.ok === false ? ', MISSED' : ''})` : ''}`);
    const rows = figures.map((f) => `| ${cell(f.measure)} | ${cell(f.value)} | ${f.target ? cell(f.target) : '—'} | ${f.ok === undefined ? '' : f.ok ? 'met' : '**missed**'} |`);
    sections.push(`## ${title}\n\n| Measure | Figure | Target | |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`);
  }
} finally {
  await worker.stop();
}

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
console.log(`written to bench/results.md${missed ? `; ${missed} figure(s) missed their target` : ''}`);
if (missed) process.exitCode = 1;
