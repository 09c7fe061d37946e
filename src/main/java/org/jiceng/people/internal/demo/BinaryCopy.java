package org.jiceng.people.internal.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Rows in PostgreSQL's binary COPY format, appended to a growable buffer: a tuple is its field count and
 * each field's length and bytes, big-endian; NULL is length −1. Binary spares the server from parsing text
 * (bytea as hex, dates) and the client from escaping.
 */
final class BinaryCopy {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int TEXT_OID = 25;
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    private byte[] buffer;
    private int length;

    BinaryCopy(int capacity) {
        buffer = new byte[Math.max(64, capacity)];
    }

    /** The stream header: signature, flags, header extension length. */
    BinaryCopy header() {
        bytes(SIGNATURE);
        int4(0);
        int4(0);
        return this;
    }

    /** The stream trailer: a field count of −1. */
    BinaryCopy trailer() {
        int2(-1);
        return this;
    }

    BinaryCopy row(int fields) {
        int2(fields);
        return this;
    }

    BinaryCopy int8(long value) {
        int4(8);
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[length++] = (byte) (value >>> shift);
        }
        return this;
    }

    /** A bigint, or NULL when {@code value} is 0 (ids start at 1). */
    BinaryCopy int8OrNull(long value) {
        return value == 0 ? nul() : int8(value);
    }

    BinaryCopy text(String value) {
        if (value == null) {
            return nul();
        }
        return bytea(value.getBytes(StandardCharsets.UTF_8));
    }

    BinaryCopy bytea(byte[] value) {
        if (value == null) {
            return nul();
        }
        int4(value.length);
        bytes(value);
        return this;
    }

    BinaryCopy date(LocalDate value) {
        int4(4);
        int4((int) (value.toEpochDay() - POSTGRES_EPOCH_DAY));
        return this;
    }

    /** A one-dimensional text[] without NULL elements (array_recv's layout). */
    BinaryCopy textArray(List<String> values) {
        byte[][] elements = new byte[values.size()][];
        int size = values.isEmpty() ? 12 : 20;
        for (int i = 0; i < elements.length; i++) {
            elements[i] = values.get(i).getBytes(StandardCharsets.UTF_8);
            size += 4 + elements[i].length;
        }
        int4(size);
        int4(values.isEmpty() ? 0 : 1);   // dimensions
        int4(0);                           // no NULLs
        int4(TEXT_OID);
        if (!values.isEmpty()) {
            int4(values.size());
            int4(1);                       // lower bound
            for (byte[] element : elements) {
                int4(element.length);
                bytes(element);
            }
        }
        return this;
    }

    BinaryCopy nul() {
        int4(-1);
        return this;
    }

    byte[] array() {
        return buffer;
    }

    int length() {
        return length;
    }

    java.io.InputStream stream() {
        return new java.io.ByteArrayInputStream(buffer, 0, length);
    }

    private void int2(int value) {
        ensure(2);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void int4(int value) {
        ensure(4);
        buffer[length++] = (byte) (value >>> 24);
        buffer[length++] = (byte) (value >>> 16);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void bytes(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, buffer, length, value.length);
        length += value.length;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
