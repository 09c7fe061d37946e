package org.jiceng;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * What an uploaded file is, told by its first bytes: never by its name or the type the browser claims, so a script
 * renamed to {@code .jpg} is refused and a photo is always served back as what it is.
 */
public enum FileKind {
    JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp"), HEIC("image/heic"), PDF("application/pdf");

    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "mif1", "msf1");

    private final String contentType;

    FileKind(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The kind of these bytes, if they are one of the kinds known. */
    public static Optional<FileKind> of(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Optional.of(PNG);
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return Optional.of(WEBP);
        }
        if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p'
                && HEIC_BRANDS.contains(new String(b, 8, 4, StandardCharsets.US_ASCII))) {
            return Optional.of(HEIC);
        }
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    /** The content type of these bytes when they are one of the kinds a place accepts. */
    public static Optional<String> typeAmong(byte[] b, Set<FileKind> accepted) {
        return of(b).filter(accepted::contains).map(FileKind::contentType);
    }
}
