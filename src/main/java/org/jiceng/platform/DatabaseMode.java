package org.jiceng.platform;

import java.nio.file.Path;

/**
 * Which database the application runs on. Demo mode is the embedded PostgreSQL started when no
 * {@code JICENG_DB_URL} is configured: only then is demo data seeded.
 */
public record DatabaseMode(boolean embedded, Path dataDirectory) {

    public boolean demo() {
        return embedded;
    }
}
