#!/usr/bin/env bash
# Sets up everything and runs every check: formatting, lints, native tests, the release build
# and the end-to-end suite (Playwright + axe in Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$(pwd)/tools/node_modules/.bin:$PATH"

scripts/setup.sh

step() { printf '\n==> %s\n' "$*"; }

step "Formatting"
cargo fmt --all -- --check

step "Lints (host and wasm32)"
cargo clippy --workspace --all-targets --offline -- -D warnings
cargo clippy -p app --target wasm32-unknown-unknown --offline -- -D warnings

step "Native tests"
cargo test --workspace --offline

step "Release build"
scripts/build.sh

step "End-to-end tests"
(cd e2e && LOKET_PREBUILT=1 npx playwright test)
