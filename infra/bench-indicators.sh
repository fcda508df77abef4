#!/usr/bin/env bash
# Runs the indicators benchmark (platform/benchmarks IndicatorsBenchmark): onboards the municipalities
# of MG (853) with demo-sized structure data, then measures a full rollup rebuild, a comparison
# query cold and cached, and the same question by a naive UNION ALL across every tenant schema. On
# the PostgreSQL of TEIA_TEST_DB_URL if set, else an embedded one. Writes docs/benchmarks/indicators.md.
# The full run takes a while on 2 cores: run it when the machine is quiet. A quick smoke run:
#   infra/bench-indicators.sh --limit=40 --cold=5 --cached=50 --naive=5 --output=/tmp/indicators-smoke.md
# The whole country (5,570 municipalities): infra/bench-indicators.sh --uf=BR --output=docs/benchmarks/indicators-br.md
# Offline Maven: MAVEN_ARGS=-o infra/bench-indicators.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/benchmark.sh
run_benchmark IndicatorsBenchmark --output=docs/benchmarks/indicators.md "$@"
