#!/usr/bin/env bash
# Runs every test: unit, integration (real PostgreSQL, real Redis), UI and browser tests.
# Uses embedded PostgreSQL/Redis unless TEIA_TEST_DB_URL / TEIA_TEST_REDIS_URL point at services.
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/java-home.sh
exec ./mvnw -B verify "$@"
