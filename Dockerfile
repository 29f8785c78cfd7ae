# The Converge CLI as a container image (docs/ci.md):
#   docker build -t converge .
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/work" -e STAGING_DATABASE_URL converge plan --env staging
# Stage 1 builds the shaded jar with Maven; stage 2 is a plain JRE with that one jar, run as a non-root user.
# --user makes the files converge writes (--out, inspect) belong to you; without it they belong to uid 10001, which
# may not write into a project owned by your user.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, so that a source change does not download them again.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# The home and the caches (normalised desired states, the private dev server's PostgreSQL binaries: ~50 MB) live in
# /tmp, never in the mounted project: any uid may write there, whatever --user says. Mount a volume on
# /tmp/converge to keep them between runs.
RUN useradd --system --uid 10001 --home-dir /tmp/converge/home converge \
    && mkdir -p /work /tmp/converge && chmod 1777 /tmp/converge
ENV HOME=/tmp/converge/home XDG_CACHE_HOME=/tmp/converge/cache
COPY --from=build /src/target/converge.jar /opt/converge/converge.jar
USER converge
# The project (converge.yaml and the desired-state files) is mounted here; converge.yaml is found in this directory.
WORKDIR /work
# user.home explicitly: a --user uid without a passwd entry would otherwise get "?" as its home on Java 17.
ENTRYPOINT ["java", "-Duser.home=/tmp/converge/home", "-jar", "/opt/converge/converge.jar"]
CMD ["--help"]
