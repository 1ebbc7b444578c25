#!/usr/bin/env bash
# Writes .env at the repository root (readable by you only, ignored by Git) with a random password for MongoDB's
# administrator, Kafka's administrator, and each service's MongoDB and Kafka user (k8s/base/access/mongo-users.txt
# lists the services). docker compose reads it by itself; ./run-local.sh reads the services' passwords from the
# environment:  set -a; . ./.env; set +a
# Keeps an existing .env: the volumes were initialised with its passwords.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
env_file="$root/.env"
if [ -e "$env_file" ]; then
  echo "$env_file exists; kept (delete it and the volumes, docker compose down -v, to start again)"
  exit 0
fi
random() { od -An -N24 -tx1 /dev/urandom | tr -d ' \n'; }
umask 077
{
  echo "# written by infra/compose/secrets.sh: passwords of the docker compose stack, never to be committed"
  echo "MONGO_ROOT_PASSWORD=$(random)"
  echo "KAFKA_ADMIN_PASSWORD=$(random)"
  for user in $(grep -Ev '^[[:space:]]*(#|$)' "$root/k8s/base/access/mongo-users.txt" | awk '{ print $1 }'); do
    variable="$(echo "$user" | tr 'a-z-' 'A-Z_')"
    echo "${variable}_MONGODB_PASSWORD=$(random)"
    echo "${variable}_KAFKA_PASSWORD=$(random)"
  done
} > "$env_file"
echo "wrote $env_file"
