#!/usr/bin/env bash
# `npm run soak`: the load and crash tests alone (tests/soak): 10,000 check-ins by 2,000 people over
# 5 events, 100 at a time, against `wrangler dev` on 127.0.0.1; then the same with the worker killed
# (SIGKILL) in the middle and restarted; then contest and feedback submits cut off and retried.
# The test command runs them too.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"

ensure_pnpm
install_dependencies
mkdir -p miniapp/dist/h5 # wrangler dev serves the H5 build; these tests call only the API
pnpm --filter @sitebranch/tests --fail-if-no-match run soak
