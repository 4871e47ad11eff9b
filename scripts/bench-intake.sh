#!/usr/bin/env bash
# The intake service's speed bench (not a test; the figures go into docs/intake.md): complete
# complaints per second and the latency at p50 and p99 with 1, 16 and 64 clients at once, for
# SQLite, for PostgreSQL and for the in-memory stand-in e2e/server.mjs (which keeps nothing on
# disk: the ceiling) in the same run; and the bytes a browser downloads for /klacht with brotli.
# Everything runs on this machine, the clients included. Writes e2e/bench/results/intake.md.
#
#   scripts/bench-intake.sh            # 10 seconds per measurement
#   BENCH_SECONDS=30 scripts/bench-intake.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
seconds="${BENCH_SECONDS:-10}"

scripts/setup.sh
[ -f dist/index.html ] || scripts/build.sh
cargo build --release --offline -p loket-intake --bin loket-intake --example load
load=target/release/examples/load
service=target/release/loket-intake

work=$(mktemp -d /tmp/loket-bench.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -n "${LOKET_PG_DIR:-}" ] && scripts/postgres.sh stop "$LOKET_PG_DIR"
  rm -rf "$work"
}
trap cleanup EXIT
eval "$(scripts/postgres.sh start)"

ready() {
  for _ in $(seq 1 300); do curl -sf "$1" >/dev/null && return 0; sleep 0.1; done
  echo "not ready: $1" >&2; return 1
}

node e2e/server.mjs --port 8901 --dist dist >/dev/null &
pids+=($!)
"$service" --listen 127.0.0.1:8902 --data-dir "$work/sqlite" --log warn &
pids+=($!)
"$service" --listen 127.0.0.1:8903 --data-dir "$work/pg" --database-url "$LOKET_TEST_POSTGRES_URL" --log warn &
pids+=($!)
ready http://127.0.0.1:8901/
ready http://127.0.0.1:8902/api/health
ready http://127.0.0.1:8903/api/health

out=e2e/bench/results/intake.md
mkdir -p "$(dirname "$out")"
rows="$work/rows.jsonl"
for clients in 1 16 64; do
  for target in "in-memory stand-in (e2e/server.mjs)|8901" "SQLite (WAL, synchronous FULL)|8902" "PostgreSQL 15 (one instance)|8903"; do
    name=${target%|*}
    port=${target#*|}
    line=$("$load" submit "http://127.0.0.1:$port/api/submissions/klacht" "$clients" "$seconds")
    echo "$name, $clients clients: $line"
    printf '{"store": "%s", "result": %s}\n' "$name" "$line" >>"$rows"
  done
done
transfer=$("$load" transfer http://127.0.0.1:8902/klacht)
echo "/klacht with brotli: $transfer"
machine="$(nproc) cores, $(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo), $(date -u +%Y-%m-%d)"
python3 - "$rows" "$transfer" "$machine" "$seconds" >"$out" <<'PY'
import json, sys
rows, transfer, machine, seconds = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3], sys.argv[4]
print(f"Machine: {machine}. The clients run on the same machine. {seconds} s per row after 1 s of warm-up.")
print()
print("| store | clients | submissions/s | p50 ms | p99 ms | errors |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
for line in open(rows):
    row = json.loads(line)
    r = row["result"]
    print(f"| {row['store']} | {r['clients']} | {r['per_second']:.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['errors']} |")
print()
print(f"Transfer of /klacht from the service with brotli: {transfer['total']:,} bytes ({transfer['page']:,} for the page; the rest is its module, glue, loader and stylesheets).")
PY
echo
cat "$out"
