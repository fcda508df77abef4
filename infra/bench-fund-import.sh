#!/usr/bin/env bash
# Runs the fund import benchmark (platform/benchmarks FundImportBenchmark): one municipality imports
# a generated execution export of 100,000 lines (target under 20 s), then the same file again and an
# overlapping one, and times the year's annual report on them (target under 2 s). On the PostgreSQL
# of TEIA_TEST_DB_URL if set, else an embedded one. Writes docs/benchmarks/fund-import.md. A quick smoke run:
#   infra/bench-fund-import.sh --lines=3000 --output=/tmp/fund-import-smoke.md
# Offline Maven: MAVEN_ARGS=-o infra/bench-fund-import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/benchmark.sh
run_benchmark FundImportBenchmark --output=docs/benchmarks/fund-import.md "$@"
