package org.jiceng.territory.internal;

import org.jiceng.BadInputException;

/**
 * A division file that cannot be imported. The message is Chinese and names the file, the line and, where
 * there is one, the field, so whoever prepared the file can find and fix it.
 */
public class DivisionFormatException extends BadInputException {

    private final String file;
    private final long line;
    private final String field;

    public DivisionFormatException(String file, long line, String field, String problem) {
        super(describe(file, line, field, problem));
        this.file = file;
        this.line = line;
        this.field = field;
    }

    /** A problem with a file as a whole (unreadable, unrecognised name), not with one of its lines. */
    public DivisionFormatException(String file, String problem) {
        this(file, 0, null, problem);
    }

    private static String describe(String file, long line, String field, String problem) {
        StringBuilder message = new StringBuilder(file);
        if (line > 0) {
            message.append(" 第 ").append(line).append(" 行");
        }
        if (field != null) {
            message.append("，字段 ").append(field);
        }
        return message.append('：').append(problem).toString();
    }

    public String file() {
        return file;
    }

    /** 1-based; 0 when the problem is not on one line. */
    public long line() {
        return line;
    }

    /** The column's header name, or null. */
    public String field() {
        return field;
    }
}
