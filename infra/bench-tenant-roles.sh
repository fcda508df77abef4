#!/usr/bin/env bash
# What a role per tenant schema (SET ROLE next to search_path) would cost with 853 municipalities:
# borrow latency with and without it, making and dropping the roles, catalogue growth (ADR 0011).
# Writes docs/benchmarks/tenant-roles.md (about 5 minutes on 2 cores). Options: --tenants=N
# --tables=N --rounds=N --pool=N --quiet-wait=SECONDS --output=FILE. PostgreSQL: TEIA_TEST_DB_URL if set, else embedded;
# it needs a superuser there (the roles are made as the superuser).
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/java-home.sh
./mvnw -B -q -pl platform/benchmarks -am -DskipTests package >/dev/null
classpath="$PWD/platform/benchmarks/target/classes:$(cat platform/benchmarks/target/benchmark.classpath)"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
exec java -cp "$classpath" "-Dteia.bench.commit=$commit" br.org.teia.benchmarks.TenantRolesBenchmark "$@"
