package org.jiceng.platform;

import java.util.List;

/**
 * A command of {@code ./jiceng <name> …}: runs against the configured database with no web server.
 * Modules contribute commands as beans.
 */
public interface Command {

    String name();

    /** One line for {@code ./jiceng help}, in Chinese with the arguments. */
    String usage();

    /** @return the process exit code; 0 for success */
    int run(List<String> args) throws Exception;
}
