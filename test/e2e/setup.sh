#!/usr/bin/env bash
# Installs everything the real-editor (code-server + Chromium) e2e suite needs.
#
# Idempotent: a warm run (cache complete, apt packages present) takes about a
# second. Caches live OUTSIDE the repo:
#   ${SHIPSHAPE_E2E_CACHE:-$HOME/.cache/shipshape-e2e}/
#     code-server/   npm prefix holding code-server (node_modules/.bin/code-server)
#     playwright/    npm prefix holding playwright-core (no browsers: Debian's chromium is used)
#     tmp/           TMPDIR used while installing code-server (holds the ripgrep cache tarball)
#     *.stamp        one stamp per component, keyed by versions
#
# Works non-interactively (CI=true, no stdin). Needs root (or passwordless sudo)
# only when Debian packages are missing.
#
# Overrides: SHIPSHAPE_E2E_CACHE, SHIPSHAPE_CODE_SERVER_VERSION, SHIPSHAPE_RIPGREP_NPM_VERSION,
#            SHIPSHAPE_RIPGREP_TAG, SHIPSHAPE_PLAYWRIGHT_CORE_VERSION,
#            SHIPSHAPE_E2E_FORCE=1 (reinstall the npm parts).
set -euo pipefail

CACHE="${SHIPSHAPE_E2E_CACHE:-$HOME/.cache/shipshape-e2e}"
# 4.100.x is the newest code-server line that runs on Node 20 (4.101+ want a newer Node).
CODE_SERVER_VERSION="${SHIPSHAPE_CODE_SERVER_VERSION:-4.100.3}"
PLAYWRIGHT_CORE_VERSION="${SHIPSHAPE_PLAYWRIGHT_CORE_VERSION:-1.65.1}"
# code-server 4.100.3 pins @vscode/ripgrep 1.15.11 (lib/vscode/npm-shrinkwrap.json), whose
# postinstall downloads release v13.0.0-10 from GitHub unless
#   <os.tmpdir()>/vscode-ripgrep-cache-<version>/ripgrep-<tag>-<target>.tar.gz
# already exists. We pre-seed that file with Debian's rg.
# (Override both when changing SHIPSHAPE_CODE_SERVER_VERSION.)
RIPGREP_NPM_VERSION="${SHIPSHAPE_RIPGREP_NPM_VERSION:-1.15.11}"
RIPGREP_RELEASE_TAG="${SHIPSHAPE_RIPGREP_TAG:-v13.0.0-10}"
APT_PACKAGES=(chromium libkrb5-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep
  build-essential python3 git ca-certificates)

T0=$(date +%s)
step() { printf '\n==> [e2e setup] %s\n' "$*"; }
info() { printf '    %s\n' "$*"; }
die() { printf '\nERROR [e2e setup]: %s\n' "$*" >&2; exit 1; }

export DEBIAN_FRONTEND=noninteractive
export npm_config_yes=true
export npm_config_unsafe_perm=true
export npm_config_fund=false
export npm_config_audit=false
export npm_config_update_notifier=false
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# ---------------------------------------------------------------- preconditions
step "checking node / npm"
command -v node >/dev/null 2>&1 || die "node is not installed (need Node 20)."
command -v npm >/dev/null 2>&1 || die "npm is not installed."
NODE_VERSION="$(node -p 'process.versions.node')"
NODE_MAJOR="${NODE_VERSION%%.*}"
[ "$NODE_MAJOR" = "20" ] || die "code-server $CODE_SERVER_VERSION needs Node 20, found $(node -v)."
case "$(uname -m)" in
  x86_64) RG_TARGET="x86_64-unknown-linux-musl" ;;
  aarch64) RG_TARGET="aarch64-unknown-linux-musl" ;;
  *) die "unsupported architecture $(uname -m) (need x86_64 or aarch64)." ;;
esac
info "node v$NODE_VERSION, arch $(uname -m)"

# Native builds (node-gyp) must not try to download Node headers (no internet).
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node_api.h ]; then
  export npm_config_nodedir=/usr
fi

mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
if command -v flock >/dev/null 2>&1; then
  flock 9 || die "could not lock $CACHE/.lock"
fi

# --------------------------------------------------------------- apt packages
step "checking Debian packages: ${APT_PACKAGES[*]}"
missing=()
# one dpkg-query for all packages (keeps the warm run fast)
installed=" $(dpkg-query -W -f='${Package}=${Status};' "${APT_PACKAGES[@]}" 2>/dev/null || true)"
for p in "${APT_PACKAGES[@]}"; do
  case "$installed" in
    *[\ \;]"$p=install ok installed;"*) ;;
    *) missing+=("$p") ;;
  esac
done
if [ "${#missing[@]}" -eq 0 ]; then
  info "all present"
else
  info "missing: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      SUDO="sudo -n"
    else
      die "Debian packages missing and not root (no passwordless sudo): ${missing[*]}
       Install them with: apt-get update && apt-get install -y ${missing[*]}"
    fi
  fi
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install manually: ${missing[*]}"
  $SUDO apt-get update </dev/null || die "apt-get update failed"
  $SUDO apt-get install -y "${missing[@]}" </dev/null || die "apt-get install failed for: ${missing[*]}"
fi
for bin in chromium rg python3 make g++; do
  command -v "$bin" >/dev/null 2>&1 || die "'$bin' not on PATH after installing Debian packages."
done

# ---------------------------------------------------------------- node-gyp
step "checking global node-gyp"
if command -v node-gyp >/dev/null 2>&1; then
  info "found $(command -v node-gyp)"
else
  info "installing node-gyp globally"
  npm install -g node-gyp </dev/null || die "npm install -g node-gyp failed"
  command -v node-gyp >/dev/null 2>&1 || die "node-gyp still not on PATH after npm install -g (npm prefix: $(npm config get prefix))"
fi

# ---------------------------------------------------------------- code-server
CS_PREFIX="$CACHE/code-server"
CS_PKG="$CS_PREFIX/node_modules/code-server"
CS_BIN="$CS_PREFIX/node_modules/.bin/code-server"
CS_RG="$CS_PKG/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
CS_STAMP="$CACHE/code-server.stamp"
CS_KEY="code-server=$CODE_SERVER_VERSION ripgrep=$RIPGREP_NPM_VERSION/$RIPGREP_RELEASE_TAG node=$NODE_MAJOR arch=$(uname -m)"

cs_complete() {
  [ "${SHIPSHAPE_E2E_FORCE:-}" != 1 ] &&
    [ -f "$CS_STAMP" ] && [ "$(cat "$CS_STAMP")" = "$CS_KEY" ] &&
    [ -x "$CS_BIN" ] && [ -f "$CS_PKG/lib/vscode/out/server-main.js" ] && [ -x "$CS_RG" ] &&
    [ -e "$CS_PKG/lib/vscode/node_modules.asar" ]
}

step "code-server $CODE_SERVER_VERSION in $CS_PREFIX"
if cs_complete; then
  info "cached ($CS_KEY)"
else
  rm -f "$CS_STAMP"
  # ripgrep cache tarball (pre-seeded download for @vscode/ripgrep's postinstall)
  INSTALL_TMP="$CACHE/tmp"
  RG_DIR="$INSTALL_TMP/vscode-ripgrep-cache-$RIPGREP_NPM_VERSION"
  RG_TGZ="$RG_DIR/ripgrep-$RIPGREP_RELEASE_TAG-$RG_TARGET.tar.gz"
  info "seeding ripgrep download cache: $RG_TGZ"
  mkdir -p "$RG_DIR"
  stage="$(mktemp -d)"
  cp "$(command -v rg)" "$stage/rg"
  chmod 755 "$stage/rg"
  tar -czf "$RG_TGZ.partial" -C "$stage" rg
  mv "$RG_TGZ.partial" "$RG_TGZ"
  rm -rf "$stage"

  info "npm install code-server@$CODE_SERVER_VERSION (native builds; takes several minutes)"
  rm -rf "$CS_PREFIX"
  mkdir -p "$CS_PREFIX"
  printf '{ "name": "shipshape-e2e-code-server", "private": true }\n' >"$CS_PREFIX/package.json"
  log="$CACHE/code-server-install.log"
  # TMPDIR makes os.tmpdir() (used by @vscode/ripgrep) point at our seeded cache.
  if ! TMPDIR="$INSTALL_TMP" npm install --prefix "$CS_PREFIX" --no-save --no-package-lock \
      --foreground-scripts "code-server@$CODE_SERVER_VERSION" </dev/null >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    if grep -q 'Finding release for' "$log"; then
      die "@vscode/ripgrep missed the pre-seeded download and tried GitHub (log: $log).
       Seeded: $RG_TGZ
       Set SHIPSHAPE_RIPGREP_NPM_VERSION / SHIPSHAPE_RIPGREP_TAG to the @vscode/ripgrep version in
       code-server's lib/vscode/npm-shrinkwrap.json and the VERSION in its lib/postinstall.js."
    fi
    die "npm install code-server@$CODE_SERVER_VERSION failed (full log: $log).
       Needs: Node 20, build-essential, python3, libkrb5-dev, libxkbfile-dev, libsecret-1-dev, pkg-config,
       node headers (npm_config_nodedir=${npm_config_nodedir:-unset}), and the ripgrep tarball $RG_TGZ."
  fi
  [ -x "$CS_BIN" ] || die "code-server binary missing after install: $CS_BIN (log: $log)"
  [ -x "$CS_RG" ] || die "ripgrep not installed into code-server ($CS_RG missing): the pre-seeded tarball was not used (log: $log)"
  [ -f "$CS_PKG/lib/vscode/out/server-main.js" ] || die "code-server's VS Code server missing (lib/vscode/out/server-main.js); log: $log"
  [ -e "$CS_PKG/lib/vscode/node_modules.asar" ] || die "code-server postinstall did not complete (lib/vscode/node_modules.asar missing); log: $log"
  # code-server writes a default config.yaml on every start: keep it out of ~/.config.
  ver="$(XDG_CONFIG_HOME="$INSTALL_TMP/xdg-config" XDG_DATA_HOME="$INSTALL_TMP/xdg-data" \
    "$CS_BIN" --version 2>/dev/null | grep -E -m1 '^[0-9]+\.[0-9]+\.[0-9]+' || true)"
  case "$ver" in
    "$CODE_SERVER_VERSION"*) info "installed: $ver" ;;
    *) die "code-server --version printed '$ver', expected $CODE_SERVER_VERSION (log: $log)" ;;
  esac
  rm -rf "$INSTALL_TMP/xdg-config" "$INSTALL_TMP/xdg-data"
  printf '%s' "$CS_KEY" >"$CS_STAMP"
fi

# ---------------------------------------------------------------- playwright-core
PW_PREFIX="$CACHE/playwright"
PW_STAMP="$CACHE/playwright.stamp"
PW_KEY="playwright-core=$PLAYWRIGHT_CORE_VERSION"
step "playwright-core $PLAYWRIGHT_CORE_VERSION in $PW_PREFIX"
if [ "${SHIPSHAPE_E2E_FORCE:-}" != 1 ] && [ -f "$PW_STAMP" ] && [ "$(cat "$PW_STAMP")" = "$PW_KEY" ] &&
   [ -f "$PW_PREFIX/node_modules/playwright-core/package.json" ]; then
  info "cached ($PW_KEY)"
else
  rm -f "$PW_STAMP"
  rm -rf "$PW_PREFIX"
  mkdir -p "$PW_PREFIX"
  printf '{ "name": "shipshape-e2e-playwright", "private": true }\n' >"$PW_PREFIX/package.json"
  npm install --prefix "$PW_PREFIX" --no-save --no-package-lock "playwright-core@$PLAYWRIGHT_CORE_VERSION" </dev/null \
    || die "npm install playwright-core@$PLAYWRIGHT_CORE_VERSION failed"
  node -e 'require(process.argv[1])' "$PW_PREFIX/node_modules/playwright-core" \
    || die "playwright-core does not load from $PW_PREFIX"
  printf '%s' "$PW_KEY" >"$PW_STAMP"
fi

step "done in $(( $(date +%s) - T0 ))s"
info "cache:        $CACHE"
info "code-server:  $CS_BIN"
info "playwright:   $PW_PREFIX/node_modules/playwright-core"
info "chromium:     $(command -v chromium)"
