#!/usr/bin/env bash
# What a role per tenant schema (SET ROLE next to search_path) would cost with 853 municipalities:
# borrow latency with and without it, making and dropping the roles, catalogue growth (ADR 0011).
# Writes docs/benchmarks/tenant-roles.md (about 15 minutes on 2 cores). Options: --tenants=N
# --tables=N --rounds=N --pool=N --quiet-wait=SECONDS --output=FILE. PostgreSQL: TEIA_TEST_DB_URL if
# set, else embedded; the roles are made as its superuser.
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/benchmark.sh
run_benchmark TenantRolesBenchmark "$@"
