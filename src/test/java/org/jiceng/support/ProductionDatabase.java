package org.jiceng.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Stream;
import org.jiceng.JicengApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL server of its own, so the application starts in production mode (no embedded database, no demo
 * data), with the settings an operator gives through JICENG_DB_URL and the other variables. Start one per test
 * class in {@code @BeforeAll} and close it in {@code @AfterAll}.
 */
public final class ProductionDatabase implements AutoCloseable {

    public static final String PEOPLE_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    public static final String ADMIN_PASSWORD = "a-long-secret";

    private final EmbeddedPostgres server;
    private final Path directory;

    private ProductionDatabase(EmbeddedPostgres server, Path directory) {
        this.server = server;
        this.directory = directory;
    }

    public static ProductionDatabase start(String name) throws IOException {
        Files.createDirectories(Path.of("target"));
        Path directory = Files.createTempDirectory(Path.of("target"), name);
        return new ProductionDatabase(EmbeddedPostgres.builder().setDataDirectory(directory)
                .setCleanDataDirectory(true).start(), directory);
    }

    /** As the environment variables JICENG_DB_URL … would give them: above application.yml. */
    public String[] settings() {
        return new String[] {"--server.port=0", "--jiceng.db.url=" + server.getJdbcUrl("postgres", "postgres"),
                "--jiceng.db.user=postgres", "--jiceng.db.password=", "--jiceng.admin.password=" + ADMIN_PASSWORD,
                "--jiceng.people.key=" + PEOPLE_KEY};
    }

    /** The web application on a free port; close it when done. */
    public ConfigurableApplicationContext application() {
        return new SpringApplicationBuilder(JicengApplication.class).run(settings());
    }

    /** A product command ({@code ./jiceng <command>}) against this database; answers its exit code. */
    public int command(String... args) {
        String[] all = Stream.concat(Arrays.stream(args), Arrays.stream(settings())).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JicengApplication.class)
                .profiles("command").properties("spring.main.web-application-type=none").run(all)) {
            return SpringApplication.exit(context);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        FileSystemUtils.deleteRecursively(directory);
    }
}
