# The Converge CLI as a container image (docs/ci.md):
#   docker build -t converge .
#   docker run --rm -v "$PWD:/work" -e STAGING_DATABASE_URL converge plan --env staging
# Stage 1 builds the shaded jar with Maven; stage 2 is a plain JRE with that one jar, run as a non-root user.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, so that a source change does not download them again.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /work converge \
    && mkdir -p /work && chown converge /work
COPY --from=build /src/target/converge.jar /opt/converge/converge.jar
USER converge
# The project (converge.yaml and the desired-state files) is mounted here; converge.yaml is found in this directory.
WORKDIR /work
ENTRYPOINT ["java", "-jar", "/opt/converge/converge.jar"]
CMD ["--help"]
