#!/usr/bin/env bash
# Runs Teia as it runs in production (Vaadin's production bundle, no development mode) on an
# embedded PostgreSQL (data kept in ~/.teia/postgres) with demo data.
# Extra arguments go to the application, e.g. infra/run.sh onboard-uf MG
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/java-home.sh
./mvnw -B -q -Pproduction -pl platform/server -am package -DskipTests
exec java -jar platform/server/target/teia-server-*-exec.jar "$@"
