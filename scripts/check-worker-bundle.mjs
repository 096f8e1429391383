// Builds the worker as `wrangler deploy` would (without uploading) and holds it to the 1 MB
// budget of DESIGN.md. Building with the deploy config also catches what the test pool hides,
// such as a missing `nodejs_compat` flag.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 1024 * 1024;
const outdir = '.tmp/bundle';
execFileSync('pnpm', ['exec', 'wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
  cwd: 'worker',
  stdio: ['ignore', 'ignore', 'inherit'],
});

const file = `worker/${outdir}/index.js`;
const size = statSync(file).size;
const gzipped = gzipSync(readFileSync(file)).length;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`worker bundle: ${kib(size)} (gzip ${kib(gzipped)}), budget ${kib(BUDGET_BYTES)}`);
if (size > BUDGET_BYTES) {
  console.error('The worker bundle is over its 1 MB budget.');
  process.exit(1);
}
