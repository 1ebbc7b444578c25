#!/usr/bin/env bash
# The broker of docker-compose.yml: one KRaft node (broker and controller) that lets nobody in without a
# SCRAM-SHA-512 sign-in and lets nobody do what the ACLs do not allow (k8s/base/access/kafka-acls.txt, applied by
# the kafka-access service). Its storage is formatted once, with the administrator's SCRAM credential, so the
# administrator can create the services' users. Listeners:
#   HOST       the services on this machine, published on 127.0.0.1:9092
#   DOCKER     the containers of this compose project (kafka:19092); also between brokers
#   CONTROLLER the KRaft controller, on this container's loopback only: nothing outside it can reach it, which is
#              why its principal (ANONYMOUS, no TLS or SASL there) may be a super user
set -euo pipefail
: "${KAFKA_ADMIN_PASSWORD:?}"
umask 077
data=/var/lib/kafka/data
config=/tmp/server.properties
cat > "$config" <<PROPERTIES
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:9093
controller.listener.names=CONTROLLER
listeners=HOST://:9092,DOCKER://:19092,CONTROLLER://localhost:9093
advertised.listeners=HOST://localhost:9092,DOCKER://kafka:19092
listener.security.protocol.map=HOST:SASL_PLAINTEXT,DOCKER:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=DOCKER
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.host.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
listener.name.docker.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin;User:ANONYMOUS
allow.everyone.if.no.acl.found=false
auto.create.topics.enable=false
log.dirs=$data
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
group.initial.rebalance.delay.ms=0
PROPERTIES

# the healthcheck and an operator's kafka-*.sh --command-config sign in as the administrator
cat > /tmp/admin.properties <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
PROPERTIES

if [ ! -f "$data/meta.properties" ]; then
  /opt/kafka/bin/kafka-storage.sh format --config "$config" --cluster-id "$(/opt/kafka/bin/kafka-storage.sh random-uuid)" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=$KAFKA_ADMIN_PASSWORD]"
fi
exec /opt/kafka/bin/kafka-server-start.sh "$config"
