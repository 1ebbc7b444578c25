#!/usr/bin/env bash
# Measures the whole platform end to end through its public APIs (issue 13): builds it as ./run-local.sh does,
# starts the stack in a fresh directory (real Kafka broker, embedded MongoDB, token issuer, the four services — no
# demo data), loads a generated nation (1,000,000 person-turns over the 34 provinces by default), and prints one
# table — throughput, projection lag, read latency, rebuild, memory, exact totals — against the broker's and the
# store's own ceilings measured in the same run; the table goes to docs/benchmarks.md. Needs only a JDK 17.
#   ./bench.sh --person-turns 20000 --readers 2      a small run
#   ./bench.sh --no-build …                            use what was built last
#   ./bench.sh --help                                  every option
#   KAFKA_BOOTSTRAP_SERVERS=host:9092 MONGODB_URI=mongodb://host:27017 ./bench.sh   real servers instead
# Ctrl-C (or SIGTERM when run in the background, which ignores SIGINT) stops the services it started.
set -euo pipefail
cd "$(dirname "$0")"
jar=bench/target/bench-0.1.0-SNAPSHOT-exec.jar
if [ "${1:-}" = "--no-build" ]; then
  shift
elif [[ " $* " == *" --help "* && -f "$jar" ]]; then
  : # the options are known without building
else
  echo "Đang build (building) …"
  ./mvnw -q -B install -DskipTests
fi
# this JVM also hosts the embedded broker and store (whose scans allocate a lot): room for them, so its garbage
# collector does not become what is measured
exec java -Xmx3g -Dtaphuan.root="$PWD" -jar "$jar" "$@"
