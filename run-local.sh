#!/usr/bin/env bash
# Starts the whole platform on this machine: builds it, then runs a real Kafka broker (KRaft), an embedded
# MongoDB wire server (file-backed under ./data), the development token issuer, the four services and the demo
# data, and prints where to look. Ctrl-C stops everything. Needs only a JDK 17.
#   --keycloak  a real Keycloak (infra/keycloak: its realm, roles, tenant claim and demo users) instead of the
#               development token issuer; needs a JDK 21+ beside the JDK 17 (KEYCLOAK_JAVA_HOME, or found under
#               /usr/lib/jvm) and fetches Keycloak's distribution from Maven Central once (about 170 MB)
#   KAFKA_BOOTSTRAP_SERVERS=host:9092 / MONGODB_URI=mongodb://host:27017  use real servers instead (each service
#   signs in as its own user when .env gives its passwords: see "Real Kafka and MongoDB" in the README)
#   TAPHUAN_BIND_ADDRESS=0.0.0.0  listen on every interface instead of this machine's loopback only
#   --replicas N (or TAPHUAN_REPLICAS=N)  N processes of each service in the same consumer groups and database
#   (the k-th on ports 100 × (k − 1) above the first: 8181…8184 for the second), as replicas run on a cluster
set -euo pipefail
cd "$(dirname "$0")"
build=(-q -B install -DskipTests)
launcher=()
while [ $# -gt 0 ]; do
  case "$1" in
    --keycloak)
      export TAPHUAN_IDENTITY=keycloak
      build+=(-Dkeycloak.skip=false) ;;
    --replicas)
      [ $# -ge 2 ] || { echo "usage: $0 [--keycloak] [--replicas N]" >&2; exit 2; }
      launcher+=(--replicas "$2")
      shift ;;
    *)
      echo "usage: $0 [--keycloak] [--replicas N]" >&2
      exit 2 ;;
  esac
  shift
done
echo "Đang build (building) …"
./mvnw "${build[@]}"
exec java -Xmx768m -Dtaphuan.root="$PWD" -jar infra/local-stack/target/local-stack-0.1.0-SNAPSHOT-exec.jar "${launcher[@]}"
