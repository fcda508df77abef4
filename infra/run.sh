#!/usr/bin/env bash
# Runs Teia on an embedded PostgreSQL (data kept in ~/.teia/postgres) with demo data.
# Extra arguments go to the application, e.g. infra/run.sh onboard-uf MG
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/java-home.sh
./mvnw -B -q install -DskipTests
exec ./mvnw -B -q -pl platform/server spring-boot:run -Dspring-boot.run.arguments="$*"
