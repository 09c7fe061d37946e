package org.jiceng.party.internal.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows into a PostgreSQL {@code COPY … FROM STDIN} (text format) through PgJDBC's copy API, buffered and
 * sent in large chunks: bulk demo data without a statement per row.
 */
final class CopyRows implements AutoCloseable {

    private static final int CHUNK = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 1024);

    CopyRows(Connection connection, String table, String columns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin");
    }

    /** One row; {@code null} is SQL NULL, booleans are t/f, everything else its {@code toString()}. */
    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            append(values[i]);
        }
        buffer.append('\n');
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    /** Ends the COPY; returns the number of rows the server took. */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    /** Cancels the COPY unless {@link #finish()} ended it, leaving the connection usable for the rollback. */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void append(Object value) {
        switch (value) {
            case null -> buffer.append("\\N");
            case Boolean b -> buffer.append(b ? 't' : 'f');
            case Number n -> buffer.append(n);
            default -> escape(value.toString());
        }
    }

    /** COPY text format: backslash, tab and line breaks inside a value must be escaped. */
    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }
}
