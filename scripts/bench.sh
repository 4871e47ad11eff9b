#!/usr/bin/env bash
# Sets up everything, builds the reference site for release and runs the speed bench
# (e2e/bench): cold loads of every form and its static reference page in Debian's Chromium,
# unthrottled and at 4× CPU + slow 4G. Extra arguments go to the bench, e.g. `--runs 9`.
# Writes e2e/bench/results/latest.json and latest.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
cd e2e && exec node bench/run.mjs "$@"
