#!/usr/bin/env bash
# Starts SiteBranch locally: installs dependencies, applies the D1 migrations to the local
# database, seeds the demo data (idempotent), builds the H5 app and serves app and API on
# http://127.0.0.1:8787.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"

ensure_pnpm
install_dependencies
ensure_dev_vars

echo "==> Building the H5 app (the worker serves it at /)"
SITEBRANCH_DEV_LOGIN=on pnpm --filter @sitebranch/miniapp --fail-if-no-match run build:h5 >/dev/null

cd worker
echo "==> Applying D1 migrations to the local database"
pnpm exec wrangler d1 migrations apply DB --local
echo "==> Seeding demo data"
pnpm run --silent seed:local
echo "==> Serving on http://127.0.0.1:8787 (Ctrl+C to stop)"
exec pnpm exec wrangler dev --ip 127.0.0.1 --port 8787 --var DEV_LOGIN:on
