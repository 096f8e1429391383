#!/usr/bin/env bash
# `npm run bench`: installs what the benchmarks need, builds H5 (with the development login the
# benchmark logs in by), and runs them against one local worker on 127.0.0.1; writes bench/results.md.
# Not part of the test command.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"

ensure_pnpm
install_dependencies
ensure_dev_vars
ensure_chromium

mkdir -p "$REPO_ROOT/.tmp"
echo "==> Building H5"
SITEBRANCH_DEV_LOGIN=on pnpm --filter @sitebranch/miniapp --fail-if-no-match run build:h5 >"$REPO_ROOT/.tmp/build-h5.log" 2>&1 || { cat "$REPO_ROOT/.tmp/build-h5.log"; exit 1; }
echo "==> Benchmarks"
pnpm --filter @sitebranch/tests --fail-if-no-match run bench
