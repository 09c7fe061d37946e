package org.jiceng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files, checked as far as can be without a container engine: two app nodes on the primary with
 * the replica setting and readiness healthchecks behind a balancer, a replica made by pg_basebackup, a systemd
 * unit that runs the jar with a stop timeout beyond the graceful shutdown, and a layered, non-root image.
 */
class ReplicaAndDeploymentFilesTests {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    void composeRunsTwoNodesOnThePrimaryWithTheReplicaBehindABalancer() throws Exception {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("compose.yaml")));
        Map<String, Object> services = map(compose.get("services"));
        assertThat(services).containsKeys("app1", "app2", "balancer", "primary", "replica");
        for (String node : List.of("app1", "app2")) {
            Map<String, Object> app = map(services.get(node));
            Map<String, Object> env = map(app.get("environment"));
            assertThat(env.get("JICENG_DB_URL").toString()).contains("//primary:");
            assertThat(env.get("JICENG_DB_REPLICA_URL").toString()).contains("//replica:");
            assertThat(env).containsKeys("JICENG_DB_USER", "JICENG_DB_PASSWORD", "JICENG_PEOPLE_KEY");
            assertThat(map(app.get("healthcheck")).get("test").toString()).contains("/actuator/health/readiness");
            assertThat(app.get("stop_grace_period")).isNotNull();
            assertThat(app.get("volumes").toString()).contains("/var/lib/jiceng");
        }
        assertThat(map(services.get("primary")).get("command").toString()).contains("wal_level=replica");
        assertThat(Files.readString(Path.of("deploy/postgres/replica-start.sh"))).contains("pg_basebackup", " -R");
        String balancer = Files.readString(Path.of("deploy/nginx/jiceng.conf"));
        assertThat(balancer).contains("server app1:8080", "server app2:8080");
        assertThat(map(services.get("balancer")).get("volumes").toString()).contains("deploy/nginx/jiceng.conf");
    }

    @Test
    void theSystemdUnitRunsTheJarAsItsOwnUserWithTheSettingsFile() throws Exception {
        List<String> unit = Files.readAllLines(Path.of("deploy/jiceng.service"));
        assertThat(unit).anyMatch(l -> l.startsWith("ExecStart=") && l.contains("java") && l.contains("-jar")
                && l.contains("jiceng.jar"));
        assertThat(unit).contains("User=jiceng", "Restart=on-failure", "EnvironmentFile=/etc/jiceng/jiceng.env");
        int stop = unit.stream().filter(l -> l.startsWith("TimeoutStopSec="))
                .mapToInt(l -> Integer.parseInt(l.substring("TimeoutStopSec=".length()))).findFirst().orElseThrow();
        assertThat(stop).as("beyond Spring's 30 s shutdown phase").isGreaterThan(30);
    }

    @Test
    void theImageIsLayeredAndRunsAsAnUnprivilegedUser() throws Exception {
        String docker = Files.readString(Path.of("Dockerfile"));
        assertThat(docker).contains("-Djarmode=tools", "extract --layers --launcher", "FROM eclipse-temurin:25-jre",
                "USER jiceng", "/actuator/health/readiness", "org.springframework.boot.loader.launch.JarLauncher");
        for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
            assertThat(docker).contains("extracted/" + layer + "/");
        }
    }

    @Test
    void everyReplicaSettingIsDocumented() throws Exception {
        String docs = Files.readString(Path.of("docs/deployment.md"));
        String yml = Files.readString(Path.of("src/main/resources/application.yml"));
        java.util.regex.Matcher variables = java.util.regex.Pattern.compile("\\$\\{(JICENG_[A-Z_]+|PORT)").matcher(yml);
        while (variables.find()) {
            assertThat(docs).as(variables.group(1)).contains("`" + variables.group(1) + "`");
        }
        assertThat(docs).contains("JICENG_DB_REPLICA_URL", "JICENG_DB_REPLICA_RETRY_AFTER", "JICENG_DB_REPLICA_POOL_SIZE");
    }
}
