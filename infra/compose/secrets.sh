#!/usr/bin/env bash
# Writes .env at the repository root (readable by you only, ignored by Git) with what docker-compose.yml needs and
# nobody may guess: a random password for MongoDB's and Kafka's administrators, Kafka's controllers and Keycloak's
# administrator, each service's MongoDB and Kafka user (k8s/base/access/mongo-users.txt lists the services), the
# MongoDB replica set's key, the Kafka cluster's id and the person key. docker compose reads it by itself;
# ./run-local.sh reads the services' passwords from the environment:  set -a; . ./.env; set +a
# An existing .env keeps its values (the volumes were initialised with them); what it lacks is added.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
env_file="$root/.env"
random() { od -An -N24 -tx1 /dev/urandom | tr -d ' \n'; }
# a KRaft cluster id: 16 random bytes, URL-safe base64 without padding
cluster_id() { head -c16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n'; }
umask 077
if [ ! -e "$env_file" ]; then
  echo "# written by infra/compose/secrets.sh: passwords of the docker compose stack, never to be committed" > "$env_file"
fi
added=0
ensure() {
  if ! grep -q "^$1=" "$env_file"; then
    echo "$1=$2" >> "$env_file"
    added=$((added + 1))
  fi
}
ensure MONGO_ROOT_PASSWORD "$(random)"
ensure MONGO_REPLICA_SET_KEY "$(random)"
ensure KAFKA_ADMIN_PASSWORD "$(random)"
ensure KAFKA_CONTROLLER_PASSWORD "$(random)"
ensure KAFKA_CLUSTER_ID "$(cluster_id)"
ensure KEYCLOAK_ADMIN_PASSWORD "$(random)"
ensure PERSON_KEY_SECRET "$(random)"
for user in $(grep -Ev '^[[:space:]]*(#|$)' "$root/k8s/base/access/mongo-users.txt" | awk '{ print $1 }'); do
  variable="$(echo "$user" | tr 'a-z-' 'A-Z_')"
  ensure "${variable}_MONGODB_PASSWORD" "$(random)"
  ensure "${variable}_KAFKA_PASSWORD" "$(random)"
done
echo "$env_file: $added value(s) added"
