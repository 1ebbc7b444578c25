#!/usr/bin/env bash
# A node of docker-compose.yml's Kafka: one of three KRaft nodes, each a broker and a controller, that let nobody in
# without signing in and let nobody do what the ACLs do not allow (k8s/base/access/kafka-acls.txt, applied by the
# kafka-access service). Every topic is kept on all three and a write is acknowledged once two hold it, so one node
# may stop without losing or refusing anything. Each node's storage is formatted once, with the cluster's id and the
# administrator's SCRAM credential, so the administrator can create the services' users. Listeners:
#   HOST       the services on this machine (./run-local.sh), published on 127.0.0.1:KAFKA_HOST_PORT
#   DOCKER     the containers of this compose project (kafka-N:19092); also between brokers (SCRAM, the admin)
#   CONTROLLER the KRaft quorum (kafka-N:9093), between the nodes only: SASL/PLAIN as the "controller" user, whose
#              password only the nodes know (SCRAM credentials live in the metadata the quorum itself carries)
# Environment: KAFKA_NODE_ID, KAFKA_HOST_PORT, KAFKA_VOTERS, KAFKA_CLUSTER_ID, KAFKA_ADMIN_PASSWORD,
# KAFKA_CONTROLLER_PASSWORD.
set -euo pipefail
: "${KAFKA_NODE_ID:?}" "${KAFKA_HOST_PORT:?}" "${KAFKA_VOTERS:?}" "${KAFKA_CLUSTER_ID:?}"
: "${KAFKA_ADMIN_PASSWORD:?}" "${KAFKA_CONTROLLER_PASSWORD:?}"
umask 077
data=/var/lib/kafka/data
config=/tmp/server.properties
node="kafka-$KAFKA_NODE_ID"
cat > "$config" <<PROPERTIES
process.roles=broker,controller
node.id=$KAFKA_NODE_ID
controller.quorum.voters=$KAFKA_VOTERS
controller.listener.names=CONTROLLER
listeners=HOST://:9092,DOCKER://:19092,CONTROLLER://:9093
advertised.listeners=HOST://localhost:$KAFKA_HOST_PORT,DOCKER://$node:19092
listener.security.protocol.map=HOST:SASL_PLAINTEXT,DOCKER:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
inter.broker.listener.name=DOCKER
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.host.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
listener.name.docker.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="controller" password="$KAFKA_CONTROLLER_PASSWORD" user_controller="$KAFKA_CONTROLLER_PASSWORD";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin;User:controller
allow.everyone.if.no.acl.found=false
auto.create.topics.enable=false
log.dirs=$data
num.partitions=3
default.replication.factor=3
min.insync.replicas=2
offsets.topic.replication.factor=3
transaction.state.log.replication.factor=3
transaction.state.log.min.isr=2
share.coordinator.state.topic.replication.factor=3
share.coordinator.state.topic.min.isr=2
unclean.leader.election.enable=false
group.initial.rebalance.delay.ms=3000
PROPERTIES

# the healthcheck and an operator's kafka-*.sh --command-config sign in as the administrator
cat > /tmp/admin.properties <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
PROPERTIES

if [ ! -f "$data/meta.properties" ]; then
  /opt/kafka/bin/kafka-storage.sh format --config "$config" --cluster-id "$KAFKA_CLUSTER_ID" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=$KAFKA_ADMIN_PASSWORD]"
fi
exec /opt/kafka/bin/kafka-server-start.sh "$config"
