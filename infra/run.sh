#!/usr/bin/env bash
# Runs Teia as it runs in production (Vaadin's production bundle, no development mode) on an
# embedded PostgreSQL (data kept in ~/.teia/postgres) with demo data. The jar is started unpacked with
# the JDK's AOT cache (infra/start-app.sh): the first start after a build adds one training run.
# Extra arguments go to the application, e.g. infra/run.sh onboard-uf MG
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/java-home.sh
./mvnw -B -q -Pproduction -pl platform/server -am package -DskipTests
jars=(platform/server/target/teia-server-*-exec.jar)
exec infra/start-app.sh "${jars[0]}" "$@"
