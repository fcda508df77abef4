#!/usr/bin/env bash
# Starts Teia's production jar the fast way: unpacked (Spring Boot's `extract`) and with the JDK's AOT
# cache (JEP 483/514/515, Java 25+), which holds the classes loaded, linked and profiled by a training
# run, so the JVM does not read, verify and warm them up again at every start (docs/benchmarks/start.md).
#
#   infra/start-app.sh JAR [application arguments...]
#
# The unpacked copy and its cache live in $TEIA_APP_DIR (default: JAR's folder/<jar name>.app). They
# are remade when the jar or the JDK changes (the jar's SHA-256 and `java -version` are kept beside
# them). The cache is made by one training run: the application starts with the same JVM
# options ($JAVA_OPTS) and the same --options, refreshes its context (platform schema migrated, every
# bean made; no web traffic, no scheduled job, no demo data) and exits (spring.context.exit=onRefresh).
# A failed training run, a cache the JVM rejects, an older JDK or TEIA_AOT_CACHE=off only make the
# start slower: the application then starts without the cache, never not at all.
set -euo pipefail

jar="$(readlink -f "$1")"
shift
app_dir="${TEIA_APP_DIR:-${jar%.jar}.app}"
unpacked="$app_dir/$(basename "$jar")"
cache="$app_dir/teia.aot"
java_options=(${JAVA_OPTS:-})

# What the unpacked copy and the cache were made from; any change remakes both. The jar's bytes, not its
# date: the build is reproducible (project.build.outputTimestamp), so a rebuild of the same sources
# (infra/run.sh packages every time) keeps the cache.
source_key="$(sha256sum "$jar" | cut -d' ' -f1) $jar $(java -version 2>&1 | tr '\n' ' ')"
if [ ! -f "$unpacked" ] || [ "$(cat "$app_dir/source" 2>/dev/null)" != "$source_key" ]; then
  echo "start-app: unpacking $jar into $app_dir" >&2
  rm -rf "$app_dir"
  mkdir -p "$app_dir"
  java -Djarmode=tools -jar "$jar" extract --destination "$app_dir" >/dev/null
  echo "$source_key" >"$app_dir/source"
fi

# Only Java 25+ has -XX:AOTCacheOutput (one-step training); older JDKs start unpacked, without a cache.
aot_capable=false
if java -XX:+UnlockDiagnosticVMOptions -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
  aot_capable=true
fi

if [ "${TEIA_AOT_CACHE:-on}" != "off" ] && $aot_capable && [ ! -f "$cache" ]; then
  # The training run sees the same settings as the real start (its --options; commands left out).
  training_args=()
  for arg in "$@"; do
    if [[ "$arg" == --* ]]; then training_args+=("$arg"); fi
  done
  echo "start-app: training run for the AOT cache (once per jar and JDK; log in $app_dir/training.log)" >&2
  rm -f "$cache.new"
  if java "${java_options[@]}" -XX:AOTCacheOutput="$cache.new" -Dspring.context.exit=onRefresh \
      -jar "$unpacked" "${training_args[@]}" >"$app_dir/training.log" 2>&1 && [ -s "$cache.new" ]; then
    mv "$cache.new" "$cache"
    echo "start-app: AOT cache ready ($(du -h "$cache" | cut -f1))" >&2
  else
    rm -f "$cache.new"
    echo "start-app: the training run failed (see $app_dir/training.log); starting without the AOT cache" >&2
  fi
fi

cache_option=()
if [ "${TEIA_AOT_CACHE:-on}" != "off" ] && $aot_capable && [ -f "$cache" ]; then
  cache_option=(-XX:AOTCache="$cache")
fi
exec java "${java_options[@]}" "${cache_option[@]}" -jar "$unpacked" "$@"
