/**
 * Runs the real worker for end-to-end tests and benchmarks: `wrangler dev` (workerd, D1 on local
 * SQLite) serving the H5 build, on its own port and its own database with the demo data seeded.
 * Preparing the state and starting the worker are apart, so that a test can kill the worker and
 * start it again on the same state with the same secrets (the crash test).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stopProcessTree } from './process-tree';

const WORKER_DIR = fileURLToPath(new URL('../../worker/', import.meta.url));
const DEFAULT_STATE_DIR = fileURLToPath(new URL('../.tmp/e2e-state', import.meta.url));
export const E2E_PORT = 8799;

const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', NO_COLOR: '1' };
const run = (command: string, args: string[]) =>
  execFileSync(command, args, { cwd: WORKER_DIR, env, stdio: ['ignore', 'ignore', 'inherit'] });

/** A local database and the secrets the worker runs with on it (tokens signed under them stay valid). */
export interface LocalState {
  dir: string;
  secrets: Record<string, string>;
}

/** A fresh state directory: migrations applied, demo data seeded, new random secrets. */
export function prepareState(dir = DEFAULT_STATE_DIR): LocalState {
  rmSync(dir, { recursive: true, force: true });
  run('pnpm', ['exec', 'wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', dir]);
  // Each secret has one use, so each gets its own random value; the seed hashes its demo receipt under one of them.
  const secrets = Object.fromEntries(
    ['SESSION_SECRET', 'CHECKIN_SECRET', 'FEEDBACK_RATE_SECRET', 'RECEIPT_SECRET'].map((name) => [name, randomBytes(32).toString('hex')]),
  );
  execFileSync('pnpm', ['exec', 'tsx', 'scripts/seed-local.ts', '--persist-to', dir], {
    cwd: WORKER_DIR,
    env: { ...env, RECEIPT_SECRET: secrets.RECEIPT_SECRET },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { dir, secrets };
}

/** The SQLite file behind the local D1 of a state directory (what miniflare keeps it in). */
export function localD1File(state: LocalState): string {
  const folder = `${state.dir}/v3/d1/miniflare-D1DatabaseObject`;
  const files = readdirSync(folder).filter((name) => name.endsWith('.sqlite') && name !== 'metadata.sqlite');
  if (files.length !== 1) throw new Error(`expected one local D1 file in ${folder}, found ${files.length}`);
  return `${folder}/${files[0]}`;
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the worker did not answer at ${url} within ${timeoutMs} ms`);
}

export interface RunningWorker {
  baseUrl: string;
  /** Stops the process tree politely (SIGTERM). */
  stop(): Promise<void>;
  /** Kills the whole process tree at once (SIGKILL): what a crash or a power cut does. */
  kill(): Promise<void>;
}

/** Starts `wrangler dev` on a prepared state; `vars` adds variables (e.g. the bench's D1 meter). */
export async function startWorker(
  state: LocalState,
  options: { port?: number; vars?: Record<string, string> } = {},
): Promise<RunningWorker> {
  const port = options.port ?? E2E_PORT;
  const vars = { DEV_LOGIN: 'on', ...state.secrets, WECHAT_APPID: 'wx-e2e', WECHAT_SECRET: 'e2e', ...options.vars };
  const child = spawn(
    'pnpm',
    [
      'exec',
      'wrangler',
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--persist-to',
      state.dir,
      ...Object.entries(vars).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
    ],
    { cwd: WORKER_DIR, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  // SITEBRANCH_WORKER_LOG=<file> keeps what wrangler dev printed, to see why a run went wrong.
  const log = process.env.SITEBRANCH_WORKER_LOG;
  const keep = (chunk: Buffer) => {
    output += chunk;
    if (log) appendFileSync(log, chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child, 60_000);
  } catch (error) {
    await stopProcessTree(child);
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return { baseUrl, stop: () => stopProcessTree(child), kill: () => stopProcessTree(child, 'SIGKILL') };
}

/** A fresh, seeded database and the worker on it: what the end-to-end tests run against. */
export async function startLocalWorker(): Promise<RunningWorker> {
  return startWorker(prepareState());
}
