#!/usr/bin/env bash
# Sets up everything, builds the reference site and the intake service for release and serves
# the site from the service on http://127.0.0.1:${PORT:-8080}/, keeping what residents send in
# SQLite in data/ (and the key that seals hand-offs in data/handoff.key). Extra arguments go to
# the service, e.g. `--database-url postgres://…` (see `target/release/loket-intake --help`).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
cargo build --release -p loket-intake --offline
exec target/release/loket-intake --listen "127.0.0.1:${PORT:-8080}" --data-dir data "$@"
