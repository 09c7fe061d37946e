package org.jiceng.territory.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: comma-separated, fields optionally in double quotes, a doubled quote inside
 * quotes is one quote, quoted fields may hold commas and line breaks. Lines end in LF or CRLF; blank
 * lines are skipped. Hand-written rather than a library because the NBS files need nothing more and it
 * has to be fast: it works on its own char buffer, not char by char through a synchronized reader.
 */
final class CsvRecordReader {

    /** A syntax error; {@code fieldIndex} is 0-based, -1 when not within a field. */
    static final class SyntaxException extends Exception {
        final long line;
        final int fieldIndex;

        SyntaxException(long line, int fieldIndex, String message) {
            super(message, null, false, false);
            this.line = line;
            this.fieldIndex = fieldIndex;
        }
    }

    private static final int END = -1;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    private long recordLine;
    private boolean started;
    private final StringBuilder field = new StringBuilder(64);
    private final List<String> fields = new ArrayList<>(8);

    CsvRecordReader(Reader in) {
        this.in = in;
    }

    /** The line the last record returned by {@link #next()} started on (1-based). */
    long recordLine() {
        return recordLine;
    }

    /** The next record's fields (a reused list: copy what you keep), or null at the end of the input. */
    List<String> next() throws IOException, SyntaxException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read(); // a byte-order mark, as spreadsheet programs write one
            }
        }
        while (c == '\n' || c == '\r') {
            endOfLine(c);
            c = read();
        }
        if (c == END) {
            return null;
        }
        recordLine = line;
        fields.clear();
        while (true) {
            field.setLength(0);
            if (c == '"') {
                c = quoted();
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c != END) {
                    if (c == '"') {
                        throw new SyntaxException(line, fields.size(), "未加引号的字段中不能出现引号");
                    }
                    field.append((char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            if (c == ',') {
                c = read();
            } else {
                if (c != END) {
                    endOfLine(c);
                }
                return fields;
            }
        }
    }

    /** Reads a quoted field after its opening quote; returns the character after the closing quote. */
    private int quoted() throws IOException, SyntaxException {
        long start = line;
        while (true) {
            int c = read();
            if (c == END) {
                throw new SyntaxException(start, fields.size(), "引号没有闭合");
            }
            if (c == '"') {
                c = read();
                if (c != '"') {
                    if (c != ',' && c != '\n' && c != '\r' && c != END) {
                        throw new SyntaxException(line, fields.size(), "右引号后应为逗号或行尾");
                    }
                    return c;
                }
            } else if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    /** Counts the line break {@code c} starts, consuming the LF of a CRLF. */
    private void endOfLine(int c) throws IOException {
        line++;
        if (c == '\r' && read() != '\n' && limit > 0) {
            position--; // a lone CR: give back what followed it (read() just returned it from the buffer)
        }
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return END;
            }
        }
        return buffer[position++];
    }
}
