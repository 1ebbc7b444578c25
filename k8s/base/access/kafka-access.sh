#!/usr/bin/env bash
# Gives each service its own Kafka user and exactly the rights kafka-acls.txt lists, and creates the platform's
# topics (kafka-topics.txt). Run by the Kubernetes Job taphuan-kafka-access and by docker compose (kafka-access).
# Safe to run again: topics and rights that exist are kept, passwords are set again. A right taken out of
# kafka-acls.txt is not taken away here: remove it with kafka-acls.sh --remove.
#
#   KAFKA_BOOTSTRAP_SERVERS, KAFKA_SECURITY_PROTOCOL   the cluster and how to reach it (SASL_SSL, SASL_PLAINTEXT)
#   KAFKA_ADMIN_USERNAME, KAFKA_ADMIN_PASSWORD         a user allowed to alter users, ACLs and topics
#   KAFKA_ADMIN_SASL_MECHANISM                         how it signs in (SCRAM-SHA-512 unless set; or PLAIN)
#   KAFKA_CA_FILE                                      the CA of the brokers' certificates (PEM), if not a public one
#   <USER>_KAFKA_PASSWORD                              each service's password, e.g. PLAN_SERVICE_KAFKA_PASSWORD
#   TOPIC_REPLICATION_FACTOR                           copies of each new topic (3 unless set)
set -euo pipefail
here="${ACCESS_DIR:-$(cd "$(dirname "$0")" && pwd)}"
bin="${KAFKA_BIN:-/opt/kafka/bin}"
: "${KAFKA_BOOTSTRAP_SERVERS:?}" "${KAFKA_ADMIN_USERNAME:?}" "${KAFKA_ADMIN_PASSWORD:?}"

umask 077
admin="$(mktemp)"
trap 'rm -f "$admin"' EXIT
mechanism="${KAFKA_ADMIN_SASL_MECHANISM:-SCRAM-SHA-512}"
module=org.apache.kafka.common.security.scram.ScramLoginModule
[ "$mechanism" = PLAIN ] && module=org.apache.kafka.common.security.plain.PlainLoginModule
{
  echo "security.protocol=${KAFKA_SECURITY_PROTOCOL:-SASL_SSL}"
  echo "sasl.mechanism=$mechanism"
  echo "sasl.jaas.config=$module required username=\"$KAFKA_ADMIN_USERNAME\" password=\"$KAFKA_ADMIN_PASSWORD\";"
  if [ -n "${KAFKA_CA_FILE:-}" ]; then
    echo "ssl.truststore.type=PEM"
    echo "ssl.truststore.location=$KAFKA_CA_FILE"
  fi
} > "$admin"

# the lines of a list, without comments and blank lines
entries() { grep -Ev '^[[:space:]]*(#|$)' "$here/$1"; }

while read -r topic partitions; do
  "$bin/kafka-topics.sh" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --command-config "$admin" --create \
    --if-not-exists --topic "$topic" --partitions "$partitions" \
    --replication-factor "${TOPIC_REPLICATION_FACTOR:-3}" < /dev/null
done < <(entries kafka-topics.txt)

# passwords go into a SCRAM attribute list and a JAAS line: letters and digits only (k8s/secrets.sh and
# infra/compose/secrets.sh make them so)
for user in $(entries kafka-acls.txt | awk '{ print $1 }' | sort -u); do
  variable="$(echo "$user" | tr 'a-z-' 'A-Z_')_KAFKA_PASSWORD"
  password="${!variable:-}"
  if ! [[ "$password" =~ ^[A-Za-z0-9]{16,}$ ]]; then
    echo "$variable: missing, or not 16 or more letters and digits" >&2
    exit 1
  fi
  "$bin/kafka-configs.sh" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --command-config "$admin" --alter \
    --entity-type users --entity-name "$user" --add-config "SCRAM-SHA-512=[iterations=8192,password=$password]" \
    < /dev/null
done

while read -r user operation type names; do
  resources=()
  for name in $names; do
    resources+=("--$type" "$name")
  done
  "$bin/kafka-acls.sh" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --command-config "$admin" --add \
    --allow-principal "User:$user" --operation "$operation" "${resources[@]}" < /dev/null
done < <(entries kafka-acls.txt)
echo "Kafka: topics, users and rights of $(entries kafka-acls.txt | awk '{ print $1 }' | sort -u | tr '\n' ' ')in place"
