#!/usr/bin/env bash
# Checks infra/start-app.sh: a missing, damaged or stale AOT cache never stops Teia from starting.
#   infra/test-start-app.sh [production jar]   (default: platform/server/target/teia-server-*-exec.jar,
#                                               built with -Pproduction; about 5 starts, minutes on 2 cores)
# Each start runs to the end of the context refresh and exits 0 (-Dspring.context.exit=onRefresh, also
# given to the training runs), on an embedded PostgreSQL in a scratch folder. Exit code 0 = all passed.
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/java-home.sh
jars=(platform/server/target/teia-server-*-exec.jar)
source_jar="$(readlink -f "${1:-${jars[0]}}")"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp "$source_jar" "$scratch/teia-server.jar"
jar="$scratch/teia-server.jar"
app="$scratch/teia-server.app"
export TEIA_DATA_DIR="$scratch/postgres" JAVA_OPTS="-Dspring.context.exit=onRefresh"
failures=0

start() { # start NAME: runs start-app.sh, true if the application refreshed its context and exited 0
  if infra/start-app.sh "$jar" --teia.demo.enabled=false --server.port=0 >"$scratch/$1.log" 2>&1; then
    return 0
  fi
  echo "  $1: start failed; its log:" && tail -20 "$scratch/$1.log"
  return 1
}
check() { # check DESCRIPTION CONDITION...
  local what="$1"
  shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; failures=$((failures + 1)); fi
}

start first && check "first start: unpacked, trained and started" test -s "$app/teia.aot"
cache_made="$(stat -c %Y "$app/teia.aot" 2>/dev/null || echo none)"

start second && check "second start uses the cache without training again" \
  test "$(stat -c %Y "$app/teia.aot")" = "$cache_made" -a "$(grep -c 'training run' "$scratch/second.log")" = 0

head -c 100000 "$app/teia.aot" >"$app/teia.aot.cut" && mv "$app/teia.aot.cut" "$app/teia.aot"
check "a truncated cache: the JVM refuses it and the application still starts" start truncated

dd if=/dev/urandom of="$app/teia.aot" bs=1M count=1 status=none
check "a cache of random bytes: the application still starts" start random

rm "$app/teia.aot"
TEIA_AOT_CACHE=off start off && check "TEIA_AOT_CACHE=off starts without training" test ! -e "$app/teia.aot"

start again && touch "$jar" && start touched && check "a jar rebuilt with the same bytes (only its date changed) keeps the unpacked copy" \
  test "$(grep -c 'unpacking' "$scratch/touched.log")" = 0

echo "a jar of other bytes" >"$app/source" # what the unpacked copy was made from no longer matches the jar
start rebuilt && check "a changed jar is unpacked again and gets a new cache" \
  grep -q 'unpacking' "$scratch/rebuilt.log"
check "  ...and the new cache exists" test -s "$app/teia.aot"

echo "$failures failed"
[ "$failures" = 0 ]
