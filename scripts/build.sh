#!/usr/bin/env bash
# Builds the reference site for release into dist/ (Trunk, wasm-bindgen, wasm-opt -Oz), then
# adds the embedding script and the /embed-demo page (tools/embed.mjs) and renders each form's
# first step into static HTML (tools/prerender.mjs, in Debian's Chromium).
# Extra arguments go to `trunk build`, e.g. `--public-url /loket/` to host under a sub-path.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$(pwd)/tools/node_modules/.bin:$PATH"
(cd app && trunk build --release "$@")
node tools/embed.mjs --dist dist
node tools/prerender.mjs --dist dist
