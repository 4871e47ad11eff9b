#!/usr/bin/env bash
# Builds the reference site for release into dist/ (Trunk, wasm-bindgen, wasm-opt -Oz), splits
# the residents' module in two (tools/split.mjs, with wasm-split), then writes each language's
# texts beside it (tools/texts.mjs), adds the embedding script and the
# /embed-demo page (tools/embed.mjs), renders each form's
# first step into static HTML (tools/prerender.mjs, in Debian's Chromium), gives each of those
# pages the texts it can show (tools/form-texts.mjs) and the check of its first step
# (tools/first-step.mjs), adds the full
# module for the gallery and forms loaded at run time (tools/extras.mjs), and compresses every
# file once (tools/compress.mjs).
# Extra arguments go to both `trunk build`s, e.g. `--public-url /loket/` to host under a sub-path.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$(pwd)/tools/node_modules/.bin:$PATH"
# Every resident's page (app/index.html) with its styles and loader, but no module: Trunk cannot
# split one, so tools/split.mjs builds the residents' module (without the gallery, the linter and
# the loader of forms loaded at run time) with its split points (the pages after the first step)
# and writes its preloads into the page.
(cd app && trunk build --release "$@")
# The page's loader and stylesheets, minified and named anew (Trunk copies them as they are).
node tools/minify.mjs --dist dist
node tools/split.mjs --dist dist
# The full module (the app's feature `extras`), for /gallery… and /formulier/… only: Trunk builds
# it from app/extras.html, apart, since it empties the folder it builds into; tools/extras.mjs
# takes the module from there.
(cd app && trunk build --release --features extras --dist ../target/trunk-extras "$@" extras.html)
# Each language's texts, which the residents' module does not carry, named in every page.
node tools/texts.mjs --dist dist
node tools/embed.mjs --dist dist
node tools/prerender.mjs --dist dist
# Each form's pages name texts without the other forms' (a third of a language less).
node tools/form-texts.mjs --dist dist
# The first step's check, without Leptos (first/), fetched first by each form's page.
node tools/first-step.mjs --dist dist
# It names the full module in the app's page for every address, not in the prerendered ones.
node tools/extras.mjs --from target/trunk-extras --dist dist
# Last, once every file is final: their brotli and gzip forms, which the intake service sends.
node tools/compress.mjs --dist dist
