#!/usr/bin/env bash
# Several Teia nodes on this machine behind HAProxy (issue 16; ADR 0022), to try what crosses nodes:
#   infra/cluster.sh [start [N]]   builds the production jar, starts N nodes (default 2) on ports
#                                  8081.., sharing one PostgreSQL database and Redis, and HAProxy on
#                                  8080 with sticky sessions (cookie TEIA_NODE) and health checks on
#                                  /actuator/health/readiness
#   infra/cluster.sh status        each node's readiness and what HAProxy thinks of it
#   infra/cluster.sh stop          stops HAProxy and the nodes
#   infra/cluster.sh kill <i>      stops node i alone (its people sign in again on another node)
# Needs the machine's PostgreSQL (superuser postgres on 127.0.0.1:5432, or TEIA_CLUSTER_PG_ADMIN as a
# psql connection string) and Redis (127.0.0.1:6379, started if down, or TEIA_CLUSTER_REDIS_URL);
# installs Debian's haproxy when missing. Database teia_cluster with roles teia_cluster_owner and
# teia_cluster_app, made by infra/db-roles.sql; state, logs and generated passwords in ~/.teia/cluster.
# Node 1 seeds the demo data (logins printed in node-1.log). TEIA_CLUSTER_START_TIMEOUT: seconds a node
# may take to be ready (600). Production files: infra/deploy/.
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/java-home.sh

STATE="${TEIA_CLUSTER_DIR:-$HOME/.teia/cluster}"
PG_ADMIN="${TEIA_CLUSTER_PG_ADMIN:-postgresql://postgres@127.0.0.1:5432/postgres}"
REDIS_URL="${TEIA_CLUSTER_REDIS_URL:-redis://127.0.0.1:6379}"
BALANCER_PORT="${TEIA_CLUSTER_PORT:-8080}"
FIRST_NODE_PORT=8081
DATABASE=teia_cluster
mkdir -p "$STATE"

node_port() { echo $((FIRST_NODE_PORT + $1 - 1)); }
ready() { curl -fs -o /dev/null "http://127.0.0.1:$1/actuator/health/readiness"; }
running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

need_haproxy() {
  command -v haproxy >/dev/null && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
  else
    echo "The cluster needs HAProxy: sudo apt-get install haproxy" >&2
    exit 1
  fi
}

need_redis() {
  if [ -z "${TEIA_CLUSTER_REDIS_URL:-}" ] && ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
    sleep 1
  fi
}

# The shared database and its two roles (ADR 0011), passwords generated once and kept in $STATE.
need_database() {
  if [ ! -f "$STATE/secrets.env" ]; then
    umask 077
    printf 'OWNER_PASSWORD=%s\nAPP_PASSWORD=%s\n' "$(openssl rand -hex 16)" "$(openssl rand -hex 16)" > "$STATE/secrets.env"
  fi
  source "$STATE/secrets.env"
  if ! psql "$PG_ADMIN" -Atc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'" | grep -q 1; then
    psql "$PG_ADMIN" -qc "CREATE DATABASE $DATABASE"
  fi
  psql "${PG_ADMIN%/*}/$DATABASE" -q -v ON_ERROR_STOP=1 -f infra/db-roles.sql \
      -v owner=${DATABASE}_owner -v owner_password="$OWNER_PASSWORD" \
      -v app=${DATABASE}_app -v app_password="$APP_PASSWORD" >/dev/null
}

start_node() { # index, demo (true|false)
  local i=$1 port; port=$(node_port "$1")
  if running "$STATE/node-$i.pid"; then echo "node $i already runs (port $port)"; return; fi
  local host; host=$(echo "$PG_ADMIN" | sed -E 's#^postgres(ql)?://([^@/]*@)?([^/?]*).*#\3#')
  (
    export PORT=$port TEIA_DEMO_ENABLED=$2 TEIA_REDIS_ENABLED=true SPRING_DATA_REDIS_URL="$REDIS_URL"
    export SPRING_DATASOURCE_URL="jdbc:postgresql://$host/$DATABASE"
    export SPRING_DATASOURCE_USERNAME=${DATABASE}_app SPRING_DATASOURCE_PASSWORD="$APP_PASSWORD"
    export TEIA_DATASOURCE_OWNER_USERNAME=${DATABASE}_owner TEIA_DATASOURCE_OWNER_PASSWORD="$OWNER_PASSWORD"
    export TEIA_PUBLIC_URL="http://localhost:$BALANCER_PORT" SERVER_FORWARD_HEADERS_STRATEGY=native
    exec java -jar "$STATE/teia-server.jar" >"$STATE/node-$i.log" 2>&1
  ) &
  echo $! > "$STATE/node-$i.pid"
  echo "node $i starting on port $port (log $STATE/node-$i.log)"
}

wait_ready() { # index
  local port; port=$(node_port "$1")
  for _ in $(seq 1 "${TEIA_CLUSTER_START_TIMEOUT:-600}"); do
    if ready "$port"; then echo "node $1 ready"; return; fi
    if ! running "$STATE/node-$1.pid"; then echo "node $1 died: see $STATE/node-$1.log" >&2; exit 1; fi
    sleep 1
  done
  echo "node $1 not ready after ${TEIA_CLUSTER_START_TIMEOUT:-600} s: see $STATE/node-$1.log" >&2
  exit 1
}

# Same settings as infra/deploy/haproxy.cfg, without TLS.
write_haproxy_config() { # nodes
  {
    cat <<EOF
global
    log stdout format raw local0 warning
defaults
    mode http
    timeout connect 5s
    timeout client 1h
    timeout server 1h
    timeout check 5s
    option redispatch
    retries 2
frontend teia
    bind 127.0.0.1:$BALANCER_PORT
    default_backend nodes
backend nodes
    balance roundrobin
    cookie TEIA_NODE insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    option forwardfor
    default-server inter 2s fall 2 rise 2
EOF
    for i in $(seq 1 "$1"); do
      echo "    server node$i 127.0.0.1:$(node_port "$i") check cookie node$i"
    done
  } > "$STATE/haproxy.cfg"
}

start() {
  local nodes=${1:-2}
  [[ "$nodes" =~ ^[1-9][0-9]?$ ]] || { echo "number of nodes: 1 to 99" >&2; exit 1; }
  need_haproxy
  need_redis
  need_database
  ./mvnw -B -q -Pproduction -pl platform/server -am package -DskipTests
  # The nodes run a copy: a later build must not rewrite the jar under running nodes.
  local any_running=false
  for f in "$STATE"/node-*.pid; do if running "$f"; then any_running=true; fi; done
  if [ "$any_running" = false ]; then
    cp platform/server/target/teia-server-*-exec.jar "$STATE/teia-server.jar"
  else
    echo "nodes already run: new nodes start from the jar they run ($STATE/teia-server.jar)"
  fi
  start_node 1 true
  wait_ready 1 # the first node migrates the platform schema and seeds the demo alone
  for i in $(seq 2 "$nodes"); do start_node "$i" false; done
  for i in $(seq 2 "$nodes"); do wait_ready "$i"; done
  echo "$nodes" > "$STATE/nodes"
  write_haproxy_config "$nodes"
  if running "$STATE/haproxy.pid"; then kill "$(cat "$STATE/haproxy.pid")"; fi
  haproxy -D -f "$STATE/haproxy.cfg" -p "$STATE/haproxy.pid"
  echo "Teia on http://localhost:$BALANCER_PORT ($nodes nodes; demo logins in $STATE/node-1.log)"
}

status() {
  local nodes; nodes=$(cat "$STATE/nodes" 2>/dev/null || echo 0)
  for i in $(seq 1 "$nodes"); do
    local port; port=$(node_port "$i")
    if ready "$port"; then echo "node $i (port $port): ready"
    elif running "$STATE/node-$i.pid"; then echo "node $i (port $port): running, not ready"
    else echo "node $i (port $port): stopped"; fi
  done
  if running "$STATE/haproxy.pid"; then echo "haproxy: http://localhost:$BALANCER_PORT"; else echo "haproxy: stopped"; fi
}

stop_pid() { # pid file
  if running "$1"; then kill "$(cat "$1")"; fi
  rm -f "$1"
}

case "${1:-start}" in
  start) start "${2:-2}" ;;
  status) status ;;
  stop)
    stop_pid "$STATE/haproxy.pid"
    for f in "$STATE"/node-*.pid; do if [ -e "$f" ]; then stop_pid "$f"; fi; done
    echo "cluster stopped" ;;
  kill) stop_pid "$STATE/node-${2:?which node}.pid"; echo "node $2 stopped" ;;
  *) echo "usage: infra/cluster.sh [start [N] | status | stop | kill <i>]" >&2; exit 2 ;;
esac
