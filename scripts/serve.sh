#!/usr/bin/env bash
# Sets up everything, builds the reference site and serves it on http://127.0.0.1:${PORT:-8080}/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec node e2e/server.mjs --port "${PORT:-8080}"
