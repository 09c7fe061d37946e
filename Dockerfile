# Jiceng as a container image (docs/deployment.md). Build the jar first: mvn -B -DskipTests package
#   docker build -t jiceng .
# Stage 1 splits Spring Boot's layered jar, so that a new release changes only the small application layer.
FROM eclipse-temurin:25-jre AS layers
WORKDIR /build
COPY target/jiceng.jar jiceng.jar
RUN java -Djarmode=tools -jar jiceng.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:25-jre
# fonts-wqy-zenhei: the CJK font embedded in agreement and report PDFs (JICENG_PDF_FONT); curl: the healthcheck
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-wqy-zenhei curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system jiceng && useradd --system --gid jiceng --home-dir /var/lib/jiceng --create-home jiceng
WORKDIR /opt/jiceng
# least often changed first: each layer is its own image layer
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
USER jiceng
ENV JICENG_DATA_DIR=/var/lib/jiceng \
    JICENG_PDF_FONT=/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0 \
    PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME /var/lib/jiceng
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/actuator/health/readiness || exit 1
# exec form: the JVM is PID 1 and receives SIGTERM, so the graceful shutdown finishes in-flight requests.
# The extracted layers run through Boot's launcher; a product command is its argument, e.g.
#   docker run … jiceng import-divisions /data/divisions
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
