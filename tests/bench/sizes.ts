/**
 * What gets shipped, by size: the worker bundle as `wrangler deploy` builds it (raw and gzip; the
 * 1 MB budget of DESIGN.md, as scripts/check-worker-bundle.mjs holds it), and the weapp build's main
 * package and each subpackage against WeChat's limits (2 MB a package, 20 MB in all), with the
 * project's own 1 MB budget (miniapp/scripts/check-weapp-size.mjs) beside them. Both are built here,
 * from the working tree. The H5 JS a phone downloads is in the H5 part (h5-first-load.ts), which
 * counts what the login page really fetches.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Figure } from './lib';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOGS = `${ROOT}.tmp/`;
/** Not check-worker-bundle.mjs's .tmp/bundle, so that `npm test` running alongside builds into its own. */
const BUNDLE_DIR = '.tmp/bench-bundle';
const WEAPP = `${ROOT}miniapp/dist/weapp/`;
const MB = 1024 * 1024;
const WORKER_BUDGET = MB;
const PROJECT_PACKAGE_BUDGET = MB;
const WECHAT_PACKAGE_LIMIT = 2 * MB;
const WECHAT_TOTAL_LIMIT = 20 * MB;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Runs a build with its output in a log under .tmp/ (read it when the build fails). */
function build(command: string, args: string[], cwd: string, log: string, env: NodeJS.ProcessEnv = process.env) {
  mkdirSync(LOGS, { recursive: true });
  const fd = openSync(`${LOGS}${log}`, 'w');
  try {
    execFileSync(command, args, { cwd, env, stdio: ['ignore', fd, fd] });
  } catch {
    throw new Error(`${command} ${args.join(' ')} failed; see .tmp/${log}`);
  } finally {
    closeSync(fd);
  }
}

/** The worker as `wrangler deploy` would upload it (minified, with the deploy config), without uploading. */
function workerBundle(): Figure {
  build('pnpm', ['exec', 'wrangler', 'deploy', '--dry-run', '--outdir', BUNDLE_DIR], `${ROOT}worker`, 'bench-worker-bundle.log');
  const code = readFileSync(`${ROOT}worker/${BUNDLE_DIR}/index.js`);
  return {
    measure: 'Worker bundle (wrangler deploy --dry-run)',
    value: `${kib(code.length)} minified, ${kib(gzipSync(code).length)} gzip`,
    target: '≤ 1 MB',
    ok: code.length <= WORKER_BUDGET,
  };
}

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/**
 * The weapp build, measured as check-weapp-size.mjs does: every file under dist/weapp, a subpackage
 * being its root folder and the main package the rest. The production build: no development login.
 */
function weappPackages(): Figure[] {
  build('pnpm', ['--filter', '@sitebranch/miniapp', 'run', 'build:weapp'], ROOT, 'bench-build-weapp.log', {
    ...process.env,
    SITEBRANCH_DEV_LOGIN: 'off',
  });
  const app = JSON.parse(readFileSync(`${WEAPP}app.json`, 'utf8')) as {
    subPackages?: { root: string }[];
    subpackages?: { root: string }[];
  };
  const subpackages = (app.subPackages ?? app.subpackages ?? []).map(({ root }) => ({ root, bytes: sizeOf(join(WEAPP, root)) }));
  const total = sizeOf(WEAPP);
  const main = total - subpackages.reduce((sum, p) => sum + p.bytes, 0);
  const pack = (measure: string, bytes: number): Figure => ({
    measure,
    value: `${kib(bytes)} (project budget ${kib(PROJECT_PACKAGE_BUDGET)}${bytes > PROJECT_PACKAGE_BUDGET ? ', over it' : ''})`,
    target: '≤ 2 MB',
    ok: bytes <= WECHAT_PACKAGE_LIMIT,
  });
  return [
    pack('weapp main package', main),
    ...subpackages.map((p) => pack(`weapp subpackage ${p.root}`, p.bytes)),
    { measure: 'weapp, all packages', value: kib(total), target: '≤ 20 MB', ok: total <= WECHAT_TOTAL_LIMIT },
  ];
}

export async function benchSizes(): Promise<Figure[]> {
  return [workerBundle(), ...weappPackages()];
}
