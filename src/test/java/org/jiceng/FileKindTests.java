package org.jiceng;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class FileKindTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};

    @Test
    void aFileIsKnownByItsFirstBytesNotByWhatItClaims() {
        assertThat(FileKind.of(JPEG)).contains(FileKind.JPEG);
        assertThat(FileKind.of(PNG)).contains(FileKind.PNG);
        assertThat(FileKind.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1))).contains(FileKind.WEBP);
        assertThat(FileKind.of("\0\0\0\030ftypheic".getBytes(StandardCharsets.ISO_8859_1))).contains(FileKind.HEIC);
        assertThat(FileKind.of("%PDF-1.7".getBytes(StandardCharsets.ISO_8859_1))).contains(FileKind.PDF);
        assertThat(FileKind.of("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileKind.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).as("a PNG signature cut short").isEmpty();
        assertThat(FileKind.of(new byte[0])).isEmpty();
    }

    @Test
    void aPlaceAcceptsOnlyTheKindsItNames() {
        assertThat(FileKind.typeAmong(PNG, EnumSet.of(FileKind.JPEG, FileKind.PNG))).contains("image/png");
        assertThat(FileKind.typeAmong("%PDF-1.4".getBytes(StandardCharsets.ISO_8859_1),
                EnumSet.of(FileKind.JPEG, FileKind.PNG))).isEmpty();
    }
}
