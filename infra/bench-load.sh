#!/usr/bin/env bash
# Runs the load benchmark of the web tier (platform/benchmarks LoadBenchmark, Gatling): builds the
# production jar as infra/run.sh does, prepares a fresh database (the demo, the municipalities of MG
# with demo-sized data, managers with tokens from the test OIDC issuer), starts the jar and drives
# rising rates of a mix of REST API, public pages and open data until p95 passes 100 ms, then the
# public council page alone. On the PostgreSQL of TEIA_TEST_DB_URL if set, else an embedded one.
# Writes docs/benchmarks/load.md. A quick smoke run:
#   infra/bench-load.sh --limit=30 --people=10 --levels=20,50 --council-levels=100 --seconds=10 --warmup=10 --output=/tmp/load.md
# Offline Maven: MAVEN_ARGS=-o infra/bench-load.sh
# Profile the application: --jvm-flags="-XX:StartFlightRecording=filename=/tmp/app.jfr,settings=profile,dumponexit=true"
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/java-home.sh
# The benchmark's own classpath first (a plain build of the server), then the production jar it
# measures (built last, so that it is the -exec.jar left in platform/server/target).
./mvnw -B -q -pl platform/benchmarks -am -DskipTests package
./mvnw -B -q -Pproduction -pl platform/server -am -DskipTests package
classpath="$PWD/platform/benchmarks/target/classes:$(cat platform/benchmarks/target/benchmark.classpath)"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git status --porcelain 2>/dev/null)" ]; then commit="$commit+local changes"; fi
exec java -cp "$classpath" "-Dteia.bench.commit=$commit" br.org.teia.benchmarks.LoadBenchmark "$@"
