package org.jiceng.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTests {

    private final PersonalDataCipher cipher = new PersonalDataCipher(
            "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    @Test
    void theBulkPathWritesWhatTheOrdinaryPathReads() {
        PersonalDataCipher.Bulk bulk = cipher.bulk();
        byte[] sealed = bulk.encrypt("id_number", "530326198002290017");
        assertThat(cipher.decrypt("id_number", sealed)).isEqualTo("530326198002290017");
        assertThat(bulk.blindIndex("phone", "13912345678")).isEqualTo(cipher.blindIndex("phone", "13912345678"));
        assertThat(bulk.blindIndex("phone", "13912345678")).isNotEqualTo(bulk.blindIndex("id_number", "13912345678"));
    }

    @Test
    void everyEncryptionHasItsOwnNonce() {
        PersonalDataCipher.Bulk bulk = cipher.bulk();
        byte[] a = bulk.encrypt("phone", "13912345678");
        byte[] b = bulk.encrypt("phone", "13912345678");
        assertThat(Arrays.equals(a, b)).isFalse();
        assertThat(cipher.decrypt("phone", b)).isEqualTo("13912345678");
    }
}
