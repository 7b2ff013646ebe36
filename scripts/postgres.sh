#!/usr/bin/env bash
# Start a throw-away PostgreSQL server from Debian's packages for the tests.
# Prints the URL on stdout; the cluster lives under var/pg and listens only
# on 127.0.0.1. Usage: scripts/postgres.sh start|stop
set -euo pipefail
cd "$(dirname "$0")/.."
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
DIR="$PWD/var/pg"
PORT="${TEST_PG_PORT:-54329}"
RUNAS=()
if [ "$(id -u)" -eq 0 ]; then RUNAS=(runuser -u postgres --); fi

case "${1:-start}" in
  start)
    [ -n "$PGBIN" ] || { echo "postgres: no server binaries found" >&2; exit 1; }
    mkdir -p "$DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DIR"
    if [ ! -f "$DIR/data/PG_VERSION" ]; then
      "${RUNAS[@]}" "$PGBIN/initdb" -D "$DIR/data" -U postgres -A trust --no-sync >/dev/null
    fi
    if ! "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
      "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -o \
        "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
    fi
    echo "postgresql+asyncpg://postgres@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
    ;;
esac
