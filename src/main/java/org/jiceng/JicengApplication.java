package org.jiceng;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Jiceng (基层): one deployable, one top-level package per module.
 * Without arguments it serves the web application; with a command name (see {@code ./jiceng help})
 * it runs that command against the same database and exits.
 */
@SpringBootApplication
@EnableScheduling
public class JicengApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(JicengApplication.class);
        if (args.length > 0 && !args[0].startsWith("-")) {
            // a command: no web server, and the command's exit code is the process's
            app.setAdditionalProfiles("command");
            app.setDefaultProperties(java.util.Map.of("spring.main.web-application-type", "none"));
        }
        var context = app.run(args);
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
