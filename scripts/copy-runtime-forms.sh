#!/bin/sh
# Copies the forms loaded at run time into the site being built: forms/runtime/*.json and
# locales/<lang>/runtime/*.ftl, to the same paths under the site's root. Trunk runs this after
# every build (the post_build hook in app/Trunk.toml); by hand: scripts/copy-runtime-forms.sh dist
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${TRUNK_STAGING_DIR:-${1:?usage: copy-runtime-forms.sh SITE_FOLDER}}"
if [ -d "$root/forms/runtime" ]; then
  mkdir -p "$out/forms/runtime"
  for spec in "$root"/forms/runtime/*.json; do
    [ -f "$spec" ] && cp "$spec" "$out/forms/runtime/"
  done
fi
for dir in "$root"/locales/*/runtime; do
  [ -d "$dir" ] || continue
  lang="$(basename "$(dirname "$dir")")"
  mkdir -p "$out/locales/$lang/runtime"
  for texts in "$dir"/*.ftl; do
    [ -f "$texts" ] && cp "$texts" "$out/locales/$lang/runtime/"
  done
done
exit 0
