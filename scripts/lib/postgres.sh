# shellcheck shell=bash
# Starts a throwaway PostgreSQL cluster on loopback for the store tests and
# exports the connection string that Backstage's TestDatabases picks up.
# The cluster lives in a temp folder and is removed by stop_postgres.

PG_PORT="${MATURITY_TEST_PG_PORT:-55432}"

pg_bindir() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [[ -n "$dir" ]] && echo "$dir"
}

# initdb refuses to run as root: run the server as the `postgres` system
# user (created by the Debian package) when we are root. runuser lives in
# sbin, which a CI job's PATH may leave out; su serves where it is missing.
as_pg_user() {
  if [[ "$(id -u)" != 0 ]]; then
    "$@"
    return
  fi
  local runuser
  runuser="$(PATH="$PATH:/usr/sbin:/sbin" command -v runuser)"
  if [[ -n "$runuser" ]]; then
    "$runuser" -u postgres -- "$@"
  else
    su -s /bin/sh postgres -c "$(printf '%q ' "$@")"
  fi
}

start_postgres() {
  local bindir
  bindir="$(pg_bindir)" || {
    log "PostgreSQL server binaries not found under /usr/lib/postgresql"
    return 1
  }
  PG_MAJOR="$(basename "$(dirname "$bindir")")"
  PG_DIR="$(mktemp -d /tmp/maturity-pg.XXXXXX)"
  chmod 755 "$PG_DIR"
  [[ "$(id -u)" == 0 ]] && chown postgres "$PG_DIR"
  as_pg_user "$bindir/initdb" -D "$PG_DIR/data" -U postgres \
    --auth=trust --encoding=UTF8 --no-locale >"$PG_DIR/initdb.log" 2>&1 || {
    cat "$PG_DIR/initdb.log" >&2
    return 1
  }
  as_pg_user "$bindir/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c max_connections=300" \
    start >/dev/null || {
    cat "$PG_DIR/server.log" >&2
    return 1
  }
  PG_BINDIR="$bindir"
  export "BACKSTAGE_TEST_DATABASE_POSTGRES${PG_MAJOR}_CONNECTION_STRING=postgresql://postgres@127.0.0.1:$PG_PORT"
  export MATURITY_TEST_POSTGRES_MAJOR="$PG_MAJOR"
  # Store tests fail, instead of skipping PostgreSQL, when it is missing.
  export MATURITY_REQUIRE_POSTGRES=1
  log "PostgreSQL $PG_MAJOR running on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  if [[ -n "${PG_DIR:-}" && -d "$PG_DIR/data" ]]; then
    as_pg_user "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -m immediate stop \
      >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
    PG_DIR=""
  fi
}
