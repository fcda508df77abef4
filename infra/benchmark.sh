# Sourced by the infra/bench*.sh scripts from the repository root. `run_benchmark CLASS ARGS...`
# builds platform/benchmarks and what it depends on without running tests (up to `package`: the
# benchmarks use the server's test jar, IsolationDriver; the module writes its runtime classpath),
# then runs br.org.teia.benchmarks.CLASS with ARGS, its report labelled with the commit
# ("+local changes" when the working tree differs from it).
source infra/java-home.sh

run_benchmark() {
  local main="$1"
  shift
  ./mvnw -B -q -pl platform/benchmarks -am -DskipTests package
  local classpath commit
  classpath="$PWD/platform/benchmarks/target/classes:$(cat platform/benchmarks/target/benchmark.classpath)"
  commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  if [ -n "$(git status --porcelain 2>/dev/null)" ]; then commit="$commit+local changes"; fi
  exec java -cp "$classpath" "-Dteia.bench.commit=$commit" "br.org.teia.benchmarks.$main" "$@"
}
