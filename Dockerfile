# One image per service:  docker build --build-arg SERVICE=plan-service -t taphuan/plan-service .
# (after ./mvnw package -DskipTests; the executable jar is the -exec one)
FROM eclipse-temurin:17-jre
ARG SERVICE
RUN useradd --system --uid 10001 taphuan
COPY services/${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT-exec.jar /app/service.jar
USER 10001
# in a container the service and its actuator listen on the container's address (outside one: loopback only)
ENV SERVER_ADDRESS=0.0.0.0 MANAGEMENT_SERVER_ADDRESS=0.0.0.0
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
