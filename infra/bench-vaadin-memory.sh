#!/usr/bin/env bash
# Measures the heap one signed-in person keeps on a node (platform/benchmarks VaadinMemoryBenchmark):
# builds the production jar as infra/run.sh does, starts it with the demo on a fresh database, lets
# --sessions people (each in their own headless Chromium) sign in and go through the main views, and
# reads the live heap with jcmd before, after, and once their sessions expired. Writes
# docs/benchmarks/vaadin-memory.md. A quick run: infra/bench-vaadin-memory.sh --sessions=5 --session-timeout=30 --output=/tmp/m.md
# Offline Maven: MAVEN_ARGS=-o infra/bench-vaadin-memory.sh
# --heap-dump=/tmp/teia.hprof also dumps the heap after the people and reports what the sessions retain
# (HeapRetainers, which reads such a dump on its own too: see its javadoc).
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/java-home.sh
./mvnw -B -q -pl platform/benchmarks -am -DskipTests package
./mvnw -B -q -Pproduction -pl platform/server -am -DskipTests package
classpath="$PWD/platform/benchmarks/target/classes:$(cat platform/benchmarks/target/benchmark.classpath)"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git status --porcelain 2>/dev/null)" ]; then commit="$commit+local changes"; fi
exec java -cp "$classpath" "-Dteia.bench.commit=$commit" br.org.teia.benchmarks.VaadinMemoryBenchmark "$@"
