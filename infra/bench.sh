#!/usr/bin/env bash
# Runs the tenancy benchmarks (platform/benchmarks: onboarding of every MG municipality, migrate-all
# of one new changeset, application start) on a real PostgreSQL: the server of TEIA_TEST_DB_URL if
# set, else an embedded one. Writes docs/benchmarks/tenancy.md; logs of the application starts go to
# platform/benchmarks/target/bench-logs. About 15-25 minutes on 2 cores: run it in the background.
# Extra arguments go to TenancyBenchmark, e.g. a quick smoke run:
#   infra/bench.sh --limit=50 --plain-sample=5 --single-sample=5 --start-runs=1 --output=/tmp/smoke.md
# The whole country (5,570 municipalities; see docs/benchmarks/README.md for the full command):
#   infra/bench.sh --uf=BR --output=docs/benchmarks/tenancy-br.md
# Offline Maven: MAVEN_ARGS=-o infra/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/benchmark.sh
run_benchmark TenancyBenchmark \
  --app-classpath=platform/benchmarks/target/application.classpath \
  --server-dir=platform/server --log-dir=platform/benchmarks/target/bench-logs \
  --output=docs/benchmarks/tenancy.md "$@"
