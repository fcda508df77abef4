#!/usr/bin/env bash
# Disclosure control benchmark: Disclosure.protect over a made-up Minas Gerais (853 municipalities,
# ~110 groups) for three indicator shapes and k = 3, 5, 10, each outcome checked by the test-support
# attacker. No database. Writes docs/benchmarks/disclosure.md; about a minute on 2 cores.
# Options: --seeds=N --runs=N --output=FILE. Offline Maven: MAVEN_ARGS=-o infra/bench-disclosure.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/benchmark.sh
run_benchmark DisclosureBenchmark "$@"
