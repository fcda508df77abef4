# Sourced by infra/test.sh (and so by .ci/run): installs and starts what the tests need on a fresh
# machine of the team's kind (Debian), so the README's test command works by itself.
# - Browser tests drive Debian's Chromium through its own chromedriver: installed if missing.
# - The machine's PostgreSQL and Redis services are preferred (faster) and started if down; without
#   them the tests start embedded ones (TEIA_TEST_DB_URL / TEIA_TEST_REDIS_URL stay unset).
# - TwoNodesIT runs Debian's HAProxy in front of two nodes: installed if missing (the test skips that
#   part without it).
teia_missing=""
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  teia_missing="chromium chromium-driver"
fi
if ! command -v haproxy >/dev/null && [ ! -x /usr/sbin/haproxy ]; then
  teia_missing="$teia_missing haproxy"
fi
if [ -n "$teia_missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $teia_missing >/dev/null
  else
    echo "Browser tests need Chromium and its driver, TwoNodesIT HAProxy: sudo apt-get install$teia_missing" >&2
  fi
fi
unset teia_missing
if [ -z "${TEIA_TEST_DB_URL:-}" ] && command -v pg_isready >/dev/null; then
  if ! pg_isready -q -h 127.0.0.1 -p 5432 && command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  fi
  if pg_isready -q -h 127.0.0.1 -p 5432; then
    export TEIA_TEST_DB_URL="jdbc:postgresql://127.0.0.1:5432/postgres"
  fi
fi
if [ -z "${TEIA_TEST_REDIS_URL:-}" ] && command -v redis-cli >/dev/null; then
  if ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && command -v redis-server >/dev/null; then
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no || true
    sleep 1
  fi
  if redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
    export TEIA_TEST_REDIS_URL="redis://127.0.0.1:6379"
  fi
fi
echo "tests use PostgreSQL: ${TEIA_TEST_DB_URL:-embedded}; Redis: ${TEIA_TEST_REDIS_URL:-embedded}"
