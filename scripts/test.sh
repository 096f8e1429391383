#!/usr/bin/env bash
# Installs what the tests need and runs every test: type checks, the shared package's unit
# tests, the worker's tests in workerd, the worker bundle budget, and the cross-package suites
# (authorization matrix, bad-input fuzzing). Ends with one line: "N passed, N failed".
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"

ensure_pnpm
install_dependencies

results="$REPO_ROOT/.tmp/test-results"
rm -rf "$results" && mkdir -p "$results"
run_vitest() { # package, report name
  echo "==> Tests: $1"
  pnpm --filter "$1" exec vitest run --reporter=default --reporter=json --outputFile.json="$results/$2.json"
}

echo "==> Type-checking every package"
for package in @sitebranch/shared @sitebranch/worker @sitebranch/tests; do
  pnpm --filter "$package" run --silent typecheck
done

run_vitest @sitebranch/shared shared
run_vitest @sitebranch/worker worker

echo "==> Worker bundle (wrangler deploy --dry-run)"
node scripts/check-worker-bundle.mjs

run_vitest @sitebranch/tests cross-package

node scripts/summarize-tests.mjs
