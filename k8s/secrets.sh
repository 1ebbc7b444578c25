#!/usr/bin/env bash
# Creates the Secrets the services and the access Jobs read, with random passwords, in the namespace taphuan (or
# NAMESPACE): taphuan-<service> (mongodb-password, kafka-password) for each service of base/access/mongo-users.txt,
# and taphuan-person-key (secret). Only those that do not exist yet: running it again never changes a password
# (the users were made with them, and the person key must never change). Nothing of it is ever written to Git or to
# disk; the passwords pass through files readable by you only, removed at once.
# The cluster administrators' Secrets, taphuan-kafka-admin and taphuan-mongo-admin (username, password), are the
# operator's to create from the cluster's own credentials (see README.md) — except with --in-cluster (the overlays,
# which run Kafka and MongoDB in the namespace): then Strimzi's operators need no administrator of ours, and the
# MongoDB administrator taphuan-admin (components/in-cluster/mongodb.yaml) and Keycloak's first administrator
# taphuan-keycloak-admin (infra/keycloak) get random passwords here too; Keycloak's PostgreSQL,
# taphuan-keycloak-db (url, username, password), is the cluster's to give.
set -euo pipefail
namespace="${NAMESPACE:-taphuan}"
in_cluster=false
[ "${1:-}" = --in-cluster ] && in_cluster=true
here="$(cd "$(dirname "$0")" && pwd)"
umask 077
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
random() { od -An -N24 -tx1 /dev/urandom | tr -d ' \n'; }

# create <secret> <key>...: each key a new random value; a key written key=value gets that value instead
create() {
  local name="$1"
  shift
  if kubectl -n "$namespace" get secret "$name" > /dev/null 2>&1; then
    echo "$name exists; kept"
    return
  fi
  local files=()
  for key in "$@"; do
    if [[ "$key" == *=* ]]; then
      printf '%s' "${key#*=}" > "$scratch/${key%%=*}"
      key="${key%%=*}"
    else
      random > "$scratch/$key"
    fi
    files+=("--from-file=$key=$scratch/$key")
  done
  kubectl -n "$namespace" create secret generic "$name" "${files[@]}"
  rm -f "$scratch"/*
}

kubectl get namespace "$namespace" > /dev/null 2>&1 || kubectl create namespace "$namespace"
for user in $(grep -Ev '^[[:space:]]*(#|$)' "$here/base/access/mongo-users.txt" | awk '{ print $1 }'); do
  create "taphuan-$user" mongodb-password kafka-password
done
create taphuan-person-key secret
if $in_cluster; then
  create taphuan-mongo-admin username=taphuan-admin password
  create taphuan-keycloak-admin username=admin password
  kubectl -n "$namespace" get secret taphuan-keycloak-db > /dev/null 2>&1 \
    || echo "still missing: taphuan-keycloak-db (url, username, password of Keycloak's PostgreSQL) — see k8s/README.md"
  exit 0
fi
for admin in taphuan-kafka-admin taphuan-mongo-admin; do
  kubectl -n "$namespace" get secret "$admin" > /dev/null 2>&1 || echo "still missing: $admin (username, password) — see k8s/README.md"
done
