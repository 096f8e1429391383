/**
 * Seeds the local D1 database with the demo data (`src/seed/demo.ts`). Safe to run again:
 * every statement is idempotent. Run by the README's start command.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { demoSeedStatements } from '../src/seed/demo';

const file = '.wrangler/demo-seed.sql';
mkdirSync('.wrangler', { recursive: true });
writeFileSync(file, demoSeedStatements().map((s) => `${s};`).join('\n') + '\n');
execFileSync('wrangler', ['d1', 'execute', 'DB', '--local', `--file=${file}`], { stdio: ['ignore', 'ignore', 'inherit'] });
console.log(`Seeded demo data: ${demoSeedStatements().length} statements, each idempotent.`);
