// Adds up the vitest JSON reports of every suite into one closing line that CI can read, and fails
// when the run quietly shrank: a suite named on the command line left no report or ran no test,
// or a test file in the repository was run by no suite (a config's include that stopped matching).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = '.tmp/test-results';
const suites = process.argv.slice(2);
if (suites.length === 0) throw new Error('usage: summarize-tests.mjs <suite report name>…');

const problems = [];
const ran = new Set();
let passed = 0;
let failed = 0;
let skipped = 0;
for (const suite of suites) {
  const file = `${dir}/${suite}.json`;
  if (!existsSync(file)) {
    problems.push(`suite ${suite} left no report`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.numTotalTests === 0) problems.push(`suite ${suite} ran no test`);
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  for (const result of report.testResults) ran.add(resolve(result.name));
}

const testFiles = execFileSync('git', ['ls-files', '*.test.ts', '*.test.tsx'], { encoding: 'utf8' }).split('\n').filter(Boolean);
for (const file of testFiles) if (!ran.has(resolve(file))) problems.push(`${file} was run by no suite`);

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
for (const problem of problems) console.log(`✗ ${problem}`);
if (passed === 0 || failed > 0 || problems.length > 0) process.exit(1);
