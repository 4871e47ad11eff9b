#!/usr/bin/env bash
# Installs everything Loket needs to build, serve and test, on a fresh Debian machine.
# Idempotent: every step checks first and does nothing when the tool is already right.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$root/tools/node_modules/.bin:$PATH"

log() { printf '\n==> %s\n' "$*"; }

# The exact wasm-bindgen version the workspace pins; the CLI must match it byte for byte.
wasm_bindgen_version() {
  if [ -f Cargo.lock ]; then
    awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock
  else
    grep -Eo 'wasm-bindgen = "=[0-9.]+"' Cargo.toml | grep -Eo '[0-9]+\.[0-9]+\.[0-9]+'
  fi
}

log "Rust target wasm32-unknown-unknown"
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

log "Chromium and ChromeDriver (Debian)"
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q chromium chromium-driver fonts-dejavu-core
fi

log "PostgreSQL (Debian), for the intake service's tests against a real server"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends postgresql
fi

log "A real SMTP server for the intake service's tests (aiosmtpd from PyPI, in tools/.venv)"
if ! tools/.venv/bin/python -c 'import aiosmtpd' >/dev/null 2>&1; then
  python3 -m venv tools/.venv
  tools/.venv/bin/pip install --quiet --disable-pip-version-check aiosmtpd==1.4.6
fi

log "Build tools from npm (wasm-opt from binaryen)"
if [ ! -x tools/node_modules/.bin/wasm-opt ] || [ tools/package.json -nt tools/node_modules/.installed ]; then
  (cd tools && npm install --no-audit --no-fund --loglevel=error && touch node_modules/.installed)
fi

log "Trunk $TRUNK_VERSION"
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

wbg=$(wasm_bindgen_version)
log "wasm-bindgen-cli $wbg"
if ! wasm-bindgen --version 2>/dev/null | grep -q " $wbg"; then
  # Without --locked: a transitive crate of the CLI's lock file is yanked.
  cargo install wasm-bindgen-cli --version "$wbg"
fi

WASM_SPLIT_VERSION=0.2.4
log "wasm-split-cli $WASM_SPLIT_VERSION (splits the residents' module in two: tools/split.mjs)"
if ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --locked --features build-binary
fi

log "Crates for offline builds"
cargo fetch --quiet
cargo fetch --quiet --manifest-path fuzz/Cargo.toml

log "End-to-end test packages"
if [ ! -d e2e/node_modules ] || [ e2e/package.json -nt e2e/node_modules/.installed ]; then
  (cd e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error && touch node_modules/.installed)
fi

log "Setup complete"
