#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests (Debian's `postgresql`, installed by setup.sh):
#
#   eval "$(scripts/postgres.sh start)"    # sets LOKET_TEST_POSTGRES_URL and LOKET_PG_DIR
#   scripts/postgres.sh stop "$LOKET_PG_DIR"
#
# It lives in a new temporary folder, listens on a free port on 127.0.0.1 only, trusts local
# connections (nothing else can reach it) and is removed by `stop`. As root, the server runs as
# the `postgres` user: initdb refuses to run as root.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (scripts/setup.sh installs it)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/loket-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    chmod 700 "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U loket --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "export LOKET_PG_DIR=$dir"
    echo "export LOKET_TEST_POSTGRES_URL=postgres://loket@127.0.0.1:$port/postgres"
    ;;
  stop)
    dir="${2:?usage: postgres.sh stop DIR}"
    case "$dir" in /tmp/loket-pg.*) ;; *) echo "not a test server folder: $dir" >&2; exit 1 ;; esac
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: postgres.sh start | stop DIR" >&2
    exit 2
    ;;
esac
