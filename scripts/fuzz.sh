#!/usr/bin/env bash
# Hostile and broken input for the DOM-free core: runs every fuzz target (libFuzzer through
# cargo-fuzz on nightly) and then the property tests, each for a fixed number of cases, and
# fails on the first panic or broken property.
#
#   scripts/fuzz.sh                               100 000 cases per target and per property
#   FUZZ_RUNS=1000000 scripts/fuzz.sh             more
#   FUZZ_TARGETS="handoff_code draft" scripts/fuzz.sh
#   PROPTEST_CASES=1000 scripts/fuzz.sh           fewer property cases (default: FUZZ_RUNS)
#   FUZZ_SANITIZER=address scripts/fuzz.sh        libFuzzer with AddressSanitizer (default: none;
#                                                 the core is safe Rust, and it runs 3-4x faster)
#   FUZZ_STABLE=1 scripts/fuzz.sh                 the stable driver instead of libFuzzer
#
# A crash is kept in fuzz/artifacts/<target>/; run it again with
# `cargo +nightly fuzz run <target> fuzz/artifacts/<target>/<file>`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

RUNS="${FUZZ_RUNS:-100000}"
CASES="${PROPTEST_CASES:-$RUNS}"
TARGETS="${FUZZ_TARGETS:-validators spec_loader answers_file handoff_code draft submission}"

step() { printf '\n==> %s\n' "$*"; }

libfuzzer=1
if [ "${FUZZ_STABLE:-0}" = 1 ]; then
  libfuzzer=0
elif ! rustup run nightly rustc --version >/dev/null 2>&1; then
  echo "No nightly toolchain: libFuzzer needs one; using the stable driver."
  libfuzzer=0
elif ! command -v cargo-fuzz >/dev/null 2>&1; then
  step "Installing cargo-fuzz"
  if ! cargo install cargo-fuzz --locked; then
    echo "cargo-fuzz could not be installed; using the stable driver."
    libfuzzer=0
  fi
fi

step "Seed corpora (fuzz/corpus/<target>/)"
(cd fuzz && cargo run --quiet --release --no-default-features --features driver --bin stress -- seeds corpus)

summary=()
for target in $TARGETS; do
  step "Fuzzing $target: $RUNS runs"
  started=$SECONDS
  log="$(mktemp)"
  if [ "$libfuzzer" = 1 ]; then
    set +e
    cargo +nightly fuzz run --fuzz-dir fuzz -s "${FUZZ_SANITIZER:-none}" "$target" -- -runs="$RUNS" -timeout=30 >"$log" 2>&1
    status=$?
    set -e
    grep -E '^(Done [0-9]+ runs|INFO: seed corpus)|panicked at|==ERROR|SUMMARY|Test unit written|^Error' "$log" || true
  else
    set +e
    (cd fuzz && cargo run --quiet --release --no-default-features --features driver --bin stress -- "$target" "$RUNS") >"$log" 2>&1
    status=$?
    set -e
    cat "$log"
  fi
  if [ "$status" != 0 ]; then
    tail -n 40 "$log"
    echo "FAILED: $target (full log: $log)"
    exit 1
  fi
  done_line="$(grep -Eo 'Done [0-9]+ runs' "$log" | tail -n 1)"
  rm -f "$log"
  summary+=("$(printf '%-14s %-20s %5d s' "$target" "$done_line" $((SECONDS - started)))")
done

step "Property tests: $CASES cases per property (release)"
started=$SECONDS
PROPTEST_CASES="$CASES" cargo test --profile stress -p loket --test properties
properties="$(grep -c '^    fn ' components/tests/properties.rs || true)"
summary+=("$(printf '%-14s %-20s %5d s' properties "$properties × $CASES cases" $((SECONDS - started)))")

step "Summary"
printf '%s\n' "${summary[@]}"
