package org.jiceng.territory.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams division rows into a PostgreSQL {@code COPY … FROM STDIN} (text format) as they are read, so
 * the rows are never all held in memory. The caller names the table in the COPY statement, with the
 * columns {@code code, name, level, parent_code} in that order.
 */
public final class DivisionCopyWriter implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final PGCopyOutputStream copy;
    private final Writer out;

    public DivisionCopyWriter(Connection connection, String copySql) throws SQLException {
        this.copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), copySql, BUFFER);
        this.out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), BUFFER);
    }

    public void write(DivisionRow row) throws IOException {
        out.write(row.code()); // digits only: checked by the reader, needs no escaping
        out.write('\t');
        escape(row.name());
        out.write('\t');
        out.write((char) ('0' + row.level()));
        out.write('\t');
        out.write(row.parentCode() == null ? "\\N" : row.parentCode());
        out.write('\n');
    }

    /** COPY text format: backslash, tab and line breaks inside a value must be escaped. */
    private void escape(String value) throws IOException {
        if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            out.write(value); // the usual case, written in one call
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                default -> out.write(c);
            }
        }
    }

    /** Ends the COPY; returns the number of rows the server took. */
    public long finish() throws IOException, SQLException {
        out.flush();
        return copy.endCopy();
    }

    /** Abandons the COPY after a failure, leaving the connection usable for the rollback. */
    public void cancel() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the transaction is being rolled back anyway; the original failure is what matters
        }
    }

    /** Cancels the COPY unless {@link #finish()} ended it: leaving a try block early must not commit rows. */
    @Override
    public void close() {
        cancel();
    }
}
