/**
 * Runs the real worker for end-to-end tests: `wrangler dev` (workerd, D1 on local SQLite) serving
 * the H5 build, on its own port and its own fresh database with the demo data seeded.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const WORKER_DIR = fileURLToPath(new URL('../../worker/', import.meta.url));
const STATE_DIR = fileURLToPath(new URL('../.tmp/e2e-state', import.meta.url));
export const E2E_PORT = 8799;

const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', NO_COLOR: '1' };
const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: WORKER_DIR, env, stdio: ['ignore', 'ignore', 'inherit'] });

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

/** Starts the worker on a fresh, seeded database; resolves to its base URL and a stop function. */
export async function startLocalWorker(): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  rmSync(STATE_DIR, { recursive: true, force: true });
  run('pnpm', ['exec', 'wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', STATE_DIR]);
  // Each secret has one use, so each gets its own random value; the seed hashes its demo receipt under one of them.
  const secrets = Object.fromEntries(['SESSION_SECRET', 'SIGNIN_SECRET', 'FEEDBACK_RATE_SECRET', 'RECEIPT_SECRET'].map((name) => [name, randomBytes(32).toString('hex')]));
  execFileSync('pnpm', ['exec', 'tsx', 'scripts/seed-local.ts', '--persist-to', STATE_DIR], {
    cwd: WORKER_DIR,
    env: { ...env, RECEIPT_SECRET: secrets.RECEIPT_SECRET },
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  const child = spawn(
    'pnpm',
    ['exec', 'wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(E2E_PORT), '--persist-to', STATE_DIR,
      '--var', 'DEV_LOGIN:on', ...Object.entries(secrets).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
      '--var', 'WECHAT_APPID:wx-e2e', '--var', 'WECHAT_SECRET:e2e'],
    { cwd: WORKER_DIR, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));

  const baseUrl = `http://127.0.0.1:${E2E_PORT}`;
  try {
    await waitForHealth(baseUrl, child, 60_000);
  } catch (error) {
    process.kill(-child.pid!, 'SIGTERM');
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return {
    baseUrl,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid!, 'SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    },
  };
}
