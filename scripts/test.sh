#!/usr/bin/env bash
# Sets up everything and runs every check: formatting, lints, native tests (the intake service's
# against SQLite and a PostgreSQL server this script starts and stops), the release build and
# the end-to-end suite (Playwright + axe in Debian's Chromium, against the intake service).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$(pwd)/tools/node_modules/.bin:$PATH"

scripts/setup.sh

step() { printf '\n==> %s\n' "$*"; disk; }
# What is left on the disk at each step, so a full disk is seen for what it is.
disk() { df -h --output=avail,target . | tail -n 1 | awk '{print "    (disk: " $1 " free on " $2 ")"}'; }
# Every build here starts from a clean checkout: incremental data would only fill the disk.
export CARGO_INCREMENTAL=0

step "PostgreSQL for the intake service's tests (a throwaway server, stopped at the end)"
eval "$(scripts/postgres.sh start)"
trap 'scripts/postgres.sh stop "$LOKET_PG_DIR"' EXIT
export LOKET_REQUIRE_SERVERS=1

step "Formatting"
cargo fmt --all -- --check
cargo fmt --manifest-path fuzz/Cargo.toml -- --check

step "Themes: the Voorbeeld theme is what tools/theme.mjs makes, and passes WCAG 2.2 AA contrast"
node tools/theme.mjs --check

step "Lints (host and wasm32; the app also with its feature extras, the full module, split, and as the prerenderer)"
cargo clippy --workspace --all-targets --offline -- -D warnings
cargo clippy -p app --all-targets --features extras --offline -- -D warnings
cargo clippy -p app --target wasm32-unknown-unknown --offline -- -D warnings
cargo clippy -p app --target wasm32-unknown-unknown --features extras --offline -- -D warnings
# The residents' module as tools/split.mjs builds it: the pages after the first step as split points.
cargo clippy -p app --target wasm32-unknown-unknown --features split --offline -- -D warnings
# The program that renders the prerendered pages, built as tools/prerender.mjs builds it.
RUSTFLAGS="--cfg erase_components" CARGO_TARGET_DIR=target/prerender \
  cargo clippy -p app --features prerender --offline -- -D warnings
# The kit as residents' pages build it: texts compiled at build time only, no Fluent parser.
cargo clippy -p loket --no-default-features --features view --target wasm32-unknown-unknown --offline -- -D warnings
# The check of a form's first step, as tools/first-step.mjs builds it (its exports are wasm32 only).
cargo clippy -p loket-first --target wasm32-unknown-unknown --offline -- -D warnings

step "Native tests"
# Includes the doctests of both halves of `loket`: the app needs its `view` feature, so the
# workspace build turns it on, and every component's examples run, rendered to HTML without a
# browser (`loket::view::examples`). The intake service's tests run once against a SQLite file
# and once against the PostgreSQL server above; its crash test kills the real binary under load.
cargo test --workspace --offline
# The app's own tests are about the gallery and its linter page, in the full module only.
cargo test -p app --features extras --offline

step "API documentation builds without warnings (broken links included)"
RUSTDOCFLAGS="-D warnings" cargo doc -p loket --features view --no-deps --offline
RUSTDOCFLAGS="-D warnings" cargo doc -p loket-intake --no-deps --offline
RUSTDOCFLAGS="-D warnings" cargo doc -p loket-first -p loket-bake --no-deps --offline

step "Fuzz targets, a short run (scripts/fuzz.sh runs 100 000 cases each)"
fuzz_driver=(--manifest-path fuzz/Cargo.toml --offline --no-default-features --features driver)
cargo clippy "${fuzz_driver[@]}" --all-targets -- -D warnings
cargo run --quiet "${fuzz_driver[@]}" --bin stress -- all 2000

step "Release build"
scripts/build.sh

step "End-to-end tests, against the intake service"
cargo build -p loket-intake --offline
(cd e2e && LOKET_PREBUILT=1 npx playwright test)

step "Done"
