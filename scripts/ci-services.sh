#!/usr/bin/env bash
# Starts throwaway PostgreSQL and Redis servers on 127.0.0.1 for sitrep's integration tests and
# writes their URLs as `export SITREP_TEST_PG=… SITREP_TEST_REDIS=…` lines to an env file
# (first argument, default .ci/services.env) that the CI script sources:
#   bash scripts/ci-services.sh .ci/services.env && . .ci/services.env
# Installs redis-server with apt when it is missing. PostgreSQL 15 binaries must be present.
# `bash scripts/ci-services.sh --stop [envfile]` stops both servers again.
set -euo pipefail

STOP=0
if [[ "${1:-}" == "--stop" ]]; then STOP=1; shift; fi
ENV_FILE="${1:-.ci/services.env}"
mkdir -p "$(dirname "$ENV_FILE")"
ENV_ABS="$(cd "$(dirname "$ENV_FILE")" && pwd)/$(basename "$ENV_FILE")"
# One state folder per env file: runs writing different env files never stop each other's servers;
# running again with the same env file replaces that file's servers.
STATE_DIR="${SITREP_SERVICES_DIR:-/tmp/sitrep-ci-services-$(printf '%s' "$ENV_ABS" | cksum | cut -d' ' -f1)}"

log() { echo "ci-services: $*" >&2; }

if [[ $STOP == 1 ]]; then
  if [[ -f "$STATE_DIR/pgbin" && -d "$STATE_DIR/pgdata" ]]; then
    PGBIN="$(cat "$STATE_DIR/pgbin")"
    as_pg() { if [[ $(id -u) == 0 ]]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
    as_pg "'$PGBIN/pg_ctl' -D '$STATE_DIR/pgdata' -m fast stop" || true
  fi
  if [[ -f "$STATE_DIR/redis.pid" ]]; then kill "$(cat "$STATE_DIR/redis.pid")" 2>/dev/null || true; fi
  exit 0
fi

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

wait_for() { # command, what
  for _ in $(seq 1 100); do if eval "$1" >/dev/null 2>&1; then return 0; fi; sleep 0.2; done
  log "$2 did not come up"; return 1
}

mkdir -p "$STATE_DIR" "$(dirname "$ENV_FILE")"
chmod 755 "$STATE_DIR"

# ---------- PostgreSQL ----------
PGBIN=""
for d in /usr/lib/postgresql/*/bin; do [[ -x "$d/initdb" ]] && PGBIN="$d"; done
if [[ -z "$PGBIN" ]] && command -v initdb >/dev/null; then PGBIN="$(dirname "$(readlink -f "$(command -v initdb)")")"; fi
if [[ -z "$PGBIN" ]]; then
  log "installing postgresql with apt"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  for d in /usr/lib/postgresql/*/bin; do [[ -x "$d/initdb" ]] && PGBIN="$d"; done
fi
echo "$PGBIN" > "$STATE_DIR/pgbin"

run_pg() { # runs a command as an unprivileged user (initdb refuses root)
  if [[ $(id -u) == 0 ]]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

PGDATA="$STATE_DIR/pgdata"
if [[ -f "$PGDATA/postmaster.pid" ]] && run_pg "'$PGBIN/pg_ctl' -D '$PGDATA' status" >/dev/null 2>&1; then
  run_pg "'$PGBIN/pg_ctl' -D '$PGDATA' -m fast stop" >/dev/null 2>&1 || true
fi
rm -rf "$PGDATA"
mkdir -p "$PGDATA"
[[ $(id -u) == 0 ]] && chown postgres "$PGDATA" "$STATE_DIR"
PG_PORT="$(free_port)"
run_pg "'$PGBIN/initdb' -D '$PGDATA' -U sitrep --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null 2>&1 || '$PGBIN/initdb' -D '$PGDATA' -U sitrep --auth=trust -E UTF8 >/dev/null"
cat >> "$PGDATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PGDATA'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONF
run_pg "'$PGBIN/pg_ctl' -D '$PGDATA' -l '$PGDATA/server.log' -w start >/dev/null"
wait_for "'$PGBIN/pg_isready' -h 127.0.0.1 -p $PG_PORT" "PostgreSQL"
"$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U sitrep -d postgres -qc "CREATE DATABASE sitrep_test" >/dev/null
log "PostgreSQL ($PGBIN) on 127.0.0.1:$PG_PORT"

# ---------- Redis ----------
if ! command -v redis-server >/dev/null; then
  log "installing redis-server with apt"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi
if [[ -f "$STATE_DIR/redis.pid" ]]; then kill "$(cat "$STATE_DIR/redis.pid")" 2>/dev/null || true; fi
REDIS_PORT="$(free_port)"
redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no \
  --daemonize yes --pidfile "$STATE_DIR/redis.pid" --logfile "$STATE_DIR/redis.log" \
  --dir "$STATE_DIR" --maxmemory-policy noeviction
wait_for "redis-cli -h 127.0.0.1 -p $REDIS_PORT ping" "Redis"
log "Redis on 127.0.0.1:$REDIS_PORT"

cat > "$ENV_FILE" <<ENV
export SITREP_TEST_PG=postgres://sitrep@127.0.0.1:$PG_PORT/sitrep_test
export SITREP_TEST_REDIS=redis://127.0.0.1:$REDIS_PORT
ENV
cat "$ENV_FILE"
