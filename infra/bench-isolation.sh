#!/usr/bin/env bash
# The long tenant-isolation run: 100 municipalities, a million operations (about 10 minutes on
# 2 cores). Writes docs/benchmarks/isolation.md. Options: --tenants=N --threads=N --operations=N
# --pool=N --output=FILE. PostgreSQL: TEIA_TEST_DB_URL if set, else embedded.
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/benchmark.sh
run_benchmark IsolationBenchmark "$@"
