/**
 * Lighthouse 12.2.3 on the H5 app, its default mobile run (a Moto G Power's screen, simulated slow 4G
 * and a 4× slower CPU): the login page, 首页 logged in and 签到 (where a worker enters the check-in
 * code), performance and accessibility scored 0–100 and held to ≥ 90 and ≥ 95, with FCP, LCP, TBT
 * and CLS beside the performance score to say where it is lost. Each page loads with a cold cache.
 * The simulation scales what this machine's CPU did, so a busy machine scores lower: each page is
 * run RUNS times and the median run is the figure, as Lighthouse's own docs advise, with every
 * run's score beside it. Full reports (of the median run)
 * land in .tmp/lighthouse/. Lighthouse 12.2.3 is older than Debian's Chromium: the audits naming
 * the LCP element and the shifted elements fail in its trace engine (they report an error); the
 * metrics and scores do not depend on them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { type Result } from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/chromium';
import { stopProcessTree } from '../e2e/process-tree';
import { json, type Figure } from './lib';

/** The session key of miniapp/src/api/session-store.ts; Taro's H5 storage keeps `{ data }` as JSON in localStorage. */
const SESSION_KEY = 'sitebranch.session';
/** Where each page's full report goes (HTML to read, JSON to parse): the figures name the failing audits, the reports the elements. */
const REPORTS = new URL('../../.tmp/lighthouse/', import.meta.url).pathname;
const PERFORMANCE_TARGET = 90;
/** Runs per page; the median is reported. Five is Lighthouse's advice, three keeps the bench short. */
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const ACCESSIBILITY_TARGET = 95;

interface DebuggedChromium {
  port: number;
  close(): Promise<void>;
}

/**
 * Chromium with a DevTools port for Lighthouse to drive, on a profile of its own: the session put
 * into localStorage stays for the runs after it (Lighthouse clears the cache and service workers
 * before each run, not localStorage).
 */
async function launchChromium(): Promise<DebuggedChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'sitebranch-lighthouse-'));
  // Port 0: Chromium picks a free one and says which on stderr, so runs side by side do not collide.
  const child = spawn(CHROMIUM, [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const close = async () => {
    // /usr/bin/chromium is a shell script in front of the browser and its helpers: stop the group.
    await stopProcessTree(child);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    return { port: await devtoolsPort(child), close };
  } catch (error) {
    await close();
    throw error;
  }
}

function devtoolsPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port:\n${output}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`Chromium exited with ${code}:\n${output}`)));
    child.stderr!.on('data', (chunk) => {
      output += chunk;
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve(Number(port));
      }
    });
  });
}

/**
 * Logs 刘洋 (a demo member) in as the app itself would: the dev login's session saved under the
 * app's key (from /api/health, a page of the origin without the app), then checked by opening 首页.
 * That fills the cache, but Lighthouse empties it before each run, so the runs stay cold.
 */
async function logIn(base: string, port: number) {
  const { status, body } = await json(base, 'POST', '/api/auth/dev', undefined, { name: '刘洋' });
  if (status !== 200) throw new Error(`dev login answered ${status}`);
  const session = { token: body.token, expiresAt: body.expiresAt, sessionEndsAt: body.sessionEndsAt, userId: body.user?.id };
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await browser.contexts()[0]!.newPage();
    await page.goto(`${base}/api/health`);
    await page.evaluate(([key, value]) => localStorage.setItem(key, JSON.stringify({ data: value })), [SESSION_KEY, session] as const);
    await page.goto(`${base}/pages/home/index`);
    await page.getByText('近期活动').waitFor({ timeout: 30_000 });
    await page.close();
  } finally {
    // Over CDP this only disconnects: the browser and its profile stay for Lighthouse.
    await browser.close();
  }
}

async function audit(url: string, port: number): Promise<{ lhr: Result; reports: string[] }> {
  const result = await lighthouse(url, {
    port,
    logLevel: 'error',
    output: ['html', 'json'],
    onlyCategories: ['performance', 'accessibility'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr, report } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  // Asked for two outputs, Lighthouse gives an array in the same order.
  return { lhr, reports: report as string[] };
}

interface Audited {
  median: Result;
  /** Every run's performance score, in the order run. */
  scores: number[];
}

/** Runs Lighthouse RUNS times on a page and keeps the run with the median performance score (and its reports). */
async function auditRuns(name: string, url: string, port: number): Promise<Audited> {
  const runs: Awaited<ReturnType<typeof audit>>[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await audit(url, port));
  const scores = runs.map((run) => score(run.lhr, 'performance'));
  const middle = [...runs].sort((a, b) => score(a.lhr, 'performance') - score(b.lhr, 'performance'))[Math.floor(runs.length / 2)]!;
  mkdirSync(REPORTS, { recursive: true });
  writeFileSync(`${REPORTS}${name}.html`, middle.reports[0]!);
  writeFileSync(`${REPORTS}${name}.json`, middle.reports[1]!);
  return { median: middle.lhr, scores };
}

const score = (lhr: Result, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
const seconds = (lhr: Result, id: string) => `${((lhr.audits[id]?.numericValue ?? NaN) / 1000).toFixed(1)} s`;
const ms = (lhr: Result, id: string) => `${(lhr.audits[id]?.numericValue ?? NaN).toFixed(0)} ms`;

/**
 * The audits of a category that fail (score under 0.9, Lighthouse's "passed"), heaviest first: what
 * to fix first. Unweighted ones (diagnostics, and checks such as label-content-name-mismatch that
 * Lighthouse reports without scoring) follow after "also".
 */
function failing(lhr: Result, category: string): string {
  const refs = (lhr.categories[category]?.auditRefs ?? []).filter((ref) => {
    const audited = lhr.audits[ref.id]?.score;
    return typeof audited === 'number' && audited < 0.9;
  });
  const scored = refs.filter((ref) => ref.weight > 0).sort((a, b) => b.weight - a.weight);
  const unscored = refs.filter((ref) => ref.weight === 0);
  let text = '';
  if (scored.length) text += `; failing: ${scored.map((ref) => ref.id).join(', ')}`;
  if (unscored.length) text += `; also: ${unscored.map((ref) => ref.id).join(', ')}`;
  return text;
}

function figures(page: string, { median: lhr, scores }: Audited): Figure[] {
  const performance = score(lhr, 'performance');
  const accessibility = score(lhr, 'accessibility');
  return [
    {
      measure: `${page}: performance`,
      // The benchmark index is Lighthouse's measure of this CPU at the time: low when the machine is busy.
      value:
        `${performance}${scores.length > 1 ? ` (median of ${scores.join(', ')})` : ''} (FCP ${seconds(lhr, 'first-contentful-paint')}, LCP ${seconds(lhr, 'largest-contentful-paint')}, TBT ${ms(lhr, 'total-blocking-time')}, ` +
        `CLS ${(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)}; benchmark index ${lhr.environment.benchmarkIndex.toFixed(0)})${failing(lhr, 'performance')}`,
      target: `≥ ${PERFORMANCE_TARGET}`,
      ok: performance >= PERFORMANCE_TARGET,
    },
    {
      measure: `${page}: accessibility`,
      value: `${accessibility}${failing(lhr, 'accessibility')}`,
      target: `≥ ${ACCESSIBILITY_TARGET}`,
      ok: accessibility >= ACCESSIBILITY_TARGET,
    },
  ];
}

export async function benchLighthouse(base: string): Promise<Figure[]> {
  const browser = await launchChromium();
  try {
    // The login page first, while the fresh profile holds no session.
    const login = await auditRuns('login', `${base}/pages/home/index`, browser.port);
    await logIn(base, browser.port);
    const home = await auditRuns('home', `${base}/pages/home/index`, browser.port);
    const checkin = await auditRuns('checkin', `${base}/pages/checkin/index`, browser.port);
    return [...figures('Login page', login), ...figures('首页 (logged in)', home), ...figures('签到 (logged in)', checkin)];
  } finally {
    await browser.close();
  }
}
