#!/usr/bin/env bash
# A throw-away PostgreSQL server from Debian's packages for the tests and benchmarks.
# The cluster lives under var/pg and listens only on 127.0.0.1 (port $TEST_PG_PORT).
#
#   scripts/postgres.sh start    # start it unless it runs; prints its URL
#   scripts/postgres.sh status   # exit 0 and print its URL if it runs, non-zero if not
#   scripts/postgres.sh stop
set -euo pipefail
cd "$(dirname "$0")/.."
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
DIR="$PWD/var/pg"
PORT="${TEST_PG_PORT:-54329}"
RUNAS=()
if [ "$(id -u)" -eq 0 ]; then RUNAS=(runuser -u postgres --); fi

running() {
  [ -n "$PGBIN" ] && [ -f "$DIR/data/PG_VERSION" ] &&
    "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1
}
url() {  # the port it runs on (line 4 of postmaster.pid), which may not be $PORT
  local port
  port=$(sed -n 4p "$DIR/data/postmaster.pid" 2>/dev/null || true)
  echo "postgresql://postgres@127.0.0.1:${port:-$PORT}/postgres"
}

case "${1:-start}" in
  start)
    [ -n "$PGBIN" ] || { echo "postgres: no server binaries found" >&2; exit 1; }
    mkdir -p "$DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DIR"
    if [ ! -f "$DIR/data/PG_VERSION" ]; then
      "${RUNAS[@]}" "$PGBIN/initdb" -D "$DIR/data" -U postgres -A trust --no-sync >/dev/null
    fi
    if ! running; then
      "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -o \
        "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
    fi
    url
    ;;
  status)
    running && url
    ;;
  stop)
    [ -n "$PGBIN" ] && "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: scripts/postgres.sh start|status|stop" >&2
    exit 2
    ;;
esac
