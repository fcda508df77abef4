#!/usr/bin/env bash
# Runs the tests. Installs/starts what they need first (infra/test-env.sh).
#   infra/test.sh          every test: unit, integration on real PostgreSQL and Redis, UI, browser (./mvnw verify)
#   infra/test.sh --unit   unit and architecture tests only (./mvnw test: no database, no browser, ~1 min)
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/java-home.sh
if [ "${1:-}" = "--unit" ]; then
  shift
  exec ./mvnw -B test "$@"
fi
source infra/test-env.sh
exec ./mvnw -B verify "$@"
