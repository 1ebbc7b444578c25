#!/usr/bin/env bash
# Builds the four services' container images with Jib (no Dockerfile): taphuan/<service>:<version>, as
# docker-compose.yml runs them. With a Docker daemon the images go straight into it; without one, each is written
# as a tarball (services/<service>/target/jib-image.tar) that `docker load -i` takes on a machine that has one.
# Jib pulls the base image (eclipse-temurin:17-jre) from Docker Hub: the machine needs to reach it.
#   TAPHUAN_IMAGE_PREFIX=registry.example.gov.vn/taphuan infra/compose/images.sh   another registry's names
set -euo pipefail
cd "$(dirname "$0")/../.."
services=services/plan-service,services/enrolment-service,services/budget-service,services/reporting-service
prefix=(); [ -n "${TAPHUAN_IMAGE_PREFIX:-}" ] && prefix=("-Djib.image.prefix=$TAPHUAN_IMAGE_PREFIX")
if docker info >/dev/null 2>&1; then
  ./mvnw -B -q -pl "$services" -am package -DskipTests "${prefix[@]}" jib:dockerBuild
  echo "images built into the local Docker: docker compose up -d"
else
  ./mvnw -B -q -pl "$services" -am package -DskipTests "${prefix[@]}" jib:buildTar
  ls services/*/target/jib-image.tar
  echo "no Docker daemon here: load each with docker load -i <tar> where one runs"
fi
