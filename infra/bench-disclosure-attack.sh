#!/usr/bin/env bash
# Runs the disclosure attack benchmark (platform/benchmarks DisclosureAttackBenchmark, ADR 0018):
# onboards the municipalities of MG (853), writes demo-sized counts into the rollup, plays the
# association's staff (region-set and population edits, months, an insider) with the harness of
# admin-console/console's tests and solves what it saw with OR-Tools CP-SAT. On the PostgreSQL of
# TEIA_TEST_DB_URL if set, else an embedded one. Writes docs/benchmarks/disclosure-attack.md.
# A quick smoke run:
#   infra/bench-disclosure-attack.sh --limit=60 --rounds=2 --population-rounds=1 --screens=3 --output=/tmp/attack.md
# Offline Maven: MAVEN_ARGS=-o infra/bench-disclosure-attack.sh
# Solver (console.disclosure.attack.Bounds), by system property: CP-SAT workers (1; 2 on a quiet
# machine), the time limit of a proving solve and of a witness solve in seconds (300, 60); a solve
# that hits its limit leaves its count "unknown" in the report (no pass). Progress every minute.
#   JAVA_TOOL_OPTIONS="-Dteia.attack.workers=2 -Dteia.attack.solve-seconds=300 -Dteia.attack.witness-seconds=60"
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/benchmark.sh
run_benchmark DisclosureAttackBenchmark --output=docs/benchmarks/disclosure-attack.md "$@"
