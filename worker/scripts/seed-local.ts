/**
 * Seeds the local D1 database with the demo data (`src/seed/demo.ts`). Safe to run again:
 * every statement is idempotent. Run by the README's start command; extra arguments
 * (e.g. `--persist-to DIR` for the end-to-end tests' own database) go to wrangler.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { demoSeedStatements } from '../src/seed/demo';
import { demoCalendarStatements } from '../src/seed/demo-calendar';
import { demoContestStatements } from '../src/seed/demo-contest';
import { demoEventStatements } from '../src/seed/demo-events';
import { demoFeedbackStatements } from '../src/seed/demo-feedback';

/** The demo receipt is stored as a keyed hash: under RECEIPT_SECRET from the environment, else from `.dev.vars`. */
function receiptSecret(): string {
  const fromVars = existsSync('.dev.vars') ? /^RECEIPT_SECRET=(.*)$/m.exec(readFileSync('.dev.vars', 'utf8'))?.[1]?.trim() : undefined;
  const secret = process.env.RECEIPT_SECRET ?? fromVars;
  if (!secret) throw new Error('RECEIPT_SECRET is not set (environment or worker/.dev.vars)');
  return secret;
}

const file = '.wrangler/demo-seed.sql';
mkdirSync('.wrangler', { recursive: true });
const statements = [
  ...demoSeedStatements(),
  ...demoEventStatements(),
  ...demoContestStatements(),
  ...demoFeedbackStatements(receiptSecret()),
  ...demoCalendarStatements(),
];
writeFileSync(file, `${statements.map((s) => `${s};`).join('\n')}\n`);
execFileSync('wrangler', ['d1', 'execute', 'DB', '--local', `--file=${file}`, ...process.argv.slice(2)], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
console.log(`Seeded demo data: ${statements.length} statements, each idempotent.`);
