# The application image, built from the jar that ./mvnw package produces (target/sentiment-triage.jar).
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app triage && mkdir -p /app && chown triage /app
WORKDIR /app
COPY target/sentiment-triage.jar /app/sentiment-triage.jar
USER triage
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health HTTP/1.0\r\n\r\n" >&3 && grep -q "\"UP\"" <&3' 
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/sentiment-triage.jar"]
