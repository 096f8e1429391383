#!/usr/bin/env bash
# Installs what the tests need and runs every test: type checks; the mini program's weapp and H5
# builds with the weapp size budget; unit and component tests; the worker's tests in workerd and
# its bundle budget; the cross-package suites (authorization matrix, bad-input fuzzing); and the
# browser tests of the H5 app against a real local worker; the load and crash tests against one
# (the worker killed mid-load); lint and format (Biome) and the OpenAPI document (redocly).
# Ends with "N passed, N failed", and fails if a suite or a test file went missing.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"

ensure_pnpm
install_dependencies
ensure_chromium

results="$REPO_ROOT/.tmp/test-results"
rm -rf "$results" && mkdir -p "$results"
run_vitest() { # package, report name, extra vitest arguments
  echo "==> Tests: $2"
  pnpm --filter "$1" --fail-if-no-match exec vitest run "${@:3}" --reporter=default --reporter=json --outputFile.json="$results/$2.json"
}

echo "==> Type-checking every package"
for package in @sitebranch/shared @sitebranch/worker @sitebranch/miniapp @sitebranch/tests; do
  pnpm --filter "$package" --fail-if-no-match run --silent typecheck
done

echo "==> Lint and format (Biome, biome.jsonc)"
pnpm exec biome ci .

echo "==> OpenAPI document (redocly lint, redocly.yaml)"
pnpm --filter @sitebranch/shared --fail-if-no-match run --silent openapi "$REPO_ROOT/.tmp/openapi.json"
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true pnpm exec redocly lint "$REPO_ROOT/.tmp/openapi.json"

echo "==> Building the mini program (weapp and H5)"
pnpm --filter @sitebranch/miniapp --fail-if-no-match run build:weapp >"$REPO_ROOT/.tmp/build-weapp.log" 2>&1 || { cat "$REPO_ROOT/.tmp/build-weapp.log"; exit 1; }
SITEBRANCH_DEV_LOGIN=on pnpm --filter @sitebranch/miniapp --fail-if-no-match run build:h5 >"$REPO_ROOT/.tmp/build-h5.log" 2>&1 || { cat "$REPO_ROOT/.tmp/build-h5.log"; exit 1; }
pnpm --filter @sitebranch/miniapp --fail-if-no-match run --silent check:size

run_vitest @sitebranch/shared shared
run_vitest @sitebranch/miniapp miniapp-components
run_vitest @sitebranch/worker worker

echo "==> Worker bundle (wrangler deploy --dry-run)"
node scripts/check-worker-bundle.mjs

run_vitest @sitebranch/tests cross-package
run_vitest @sitebranch/tests browser-e2e --config vitest.e2e.config.ts
run_vitest @sitebranch/tests load-and-crash --config vitest.soak.config.ts

node scripts/summarize-tests.mjs shared miniapp-components worker cross-package browser-e2e load-and-crash
