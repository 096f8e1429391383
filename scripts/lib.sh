# Shared by start.sh and test.sh. Needs only Node 20+ and npm on the machine.
PNPM_VERSION=10.34.9
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export WRANGLER_SEND_METRICS=false
export CLOUDFLARE_CF_FETCH_ENABLED=false
export VITE_CONFIG_NATIVE_IGNORE_WARNING=true

# pnpm at the pinned version, installed into .tools/ (no global install, no corepack).
ensure_pnpm() {
  local bin="$REPO_ROOT/.tools/node_modules/.bin"
  if [ ! -x "$bin/pnpm" ] || [ "$("$bin/pnpm" --version)" != "$PNPM_VERSION" ]; then
    echo "==> Installing pnpm $PNPM_VERSION into .tools/"
    npm install --prefix "$REPO_ROOT/.tools" --no-save --no-audit --no-fund --loglevel=error "pnpm@$PNPM_VERSION" >/dev/null
  fi
  export PATH="$bin:$PATH"
}

install_dependencies() {
  echo "==> Installing dependencies (pnpm install --frozen-lockfile)"
  pnpm install --frozen-lockfile --reporter=append-only >/dev/null
}

# worker/.dev.vars holds local secrets: made from the example, each secret filled with fresh random
# characters; a .dev.vars from before a secret was added gets that one appended.
ensure_dev_vars() {
  local vars="$REPO_ROOT/worker/.dev.vars"
  if [ ! -f "$vars" ]; then
    echo "==> Creating worker/.dev.vars with random secrets"
    grep -v '_SECRET=change-me' "$REPO_ROOT/worker/.dev.vars.example" >"$vars"
  fi
  local name
  for name in SESSION_SECRET CHECKIN_SECRET FEEDBACK_RATE_SECRET RECEIPT_SECRET; do
    if ! grep -q "^$name=" "$vars"; then
      echo "$name=$(node -e "console.log(require('crypto').randomBytes(32).toString('hex'))")" >>"$vars"
    fi
  done
}

# Debian's Chromium for the browser tests (playwright cannot download one here), and a CJK font
# so that screenshots show Chinese text.
ensure_chromium() {
  if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk"; then return; fi
  if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null; then
    echo "Chromium is missing: install Debian's 'chromium' and 'fonts-wqy-microhei' packages (as root)." >&2
    return 1
  fi
  echo "==> Installing Chromium and a Chinese font (apt-get)"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
}
