// Holds the weapp build to its budget: the main package (everything outside the subpackages)
// at most 1 MB (WeChat refuses 2 MB), organizer pages — and the charts, which only they draw — in
// their own subpackage of at most 1 MB, and the tab bar's icons present and under WeChat's 40 KB limit.
// Run after `taro build --type weapp`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../dist/weapp/', import.meta.url).pathname;
const MAIN_BUDGET = 1024 * 1024;
const SUBPACKAGE_BUDGET = 1024 * 1024;

function sizeOf(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

const app = JSON.parse(readFileSync(join(ROOT, 'app.json'), 'utf8'));
const subpackages = app.subPackages ?? app.subpackages ?? [];
const organizer = subpackages.find((p) => p.root === 'organizer');
const failures = [];
if (!organizer || organizer.pages.length === 0) failures.push('organizer pages are not a subpackage');
if (app.pages.some((page) => page.startsWith('organizer/'))) failures.push('an organizer page is in the main package');

for (const item of app.tabBar?.list ?? []) {
  for (const icon of [item.iconPath, item.selectedIconPath]) {
    const file = join(ROOT, icon ?? '');
    if (!icon || !existsSync(file)) failures.push(`tab "${item.text}" has no icon at ${icon}`);
    else if (statSync(file).size > 40 * 1024) failures.push(`tab icon ${icon} is over 40 KB`);
  }
}

const total = sizeOf(ROOT);
const subpackageBytes = subpackages.map((p) => ({ root: p.root, bytes: sizeOf(join(ROOT, p.root)) }));
const main = total - subpackageBytes.reduce((sum, p) => sum + p.bytes, 0);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `weapp main package: ${kib(main)} (budget ${kib(MAIN_BUDGET)}); ${subpackageBytes.map((p) => `subpackage ${p.root}: ${kib(p.bytes)}`).join(', ')}`,
);
if (main > MAIN_BUDGET) failures.push(`the main package is ${kib(main)}, over its ${kib(MAIN_BUDGET)} budget`);
for (const p of subpackageBytes)
  if (p.bytes > SUBPACKAGE_BUDGET) failures.push(`subpackage ${p.root} is ${kib(p.bytes)}, over its ${kib(SUBPACKAGE_BUDGET)} budget`);
// The chart components (their class names give them away) are built into the subpackage only.
const roots = new Set(subpackageBytes.map((p) => p.root));
const mainFiles = (dir) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return roots.has(path) ? [] : mainFiles(path);
    return /\.(js|wxss)$/.test(entry.name) ? [path] : [];
  });
const chartsInMain = mainFiles('').filter((file) => readFileSync(join(ROOT, file), 'utf8').includes('chart-frame'));
if (chartsInMain.length) failures.push(`the charts are in the main package: ${chartsInMain.join(', ')}`);
if (failures.length) {
  console.error(failures.map((f) => `weapp size check: ${f}`).join('\n'));
  process.exit(1);
}
