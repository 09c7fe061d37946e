package org.jiceng.deliberation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Receipt codes (投票回执码): twelve characters from an alphabet without look-alikes (no 0/O, 1/I/L), about
 * 59 random bits, written "K7QM-2XHD-9PAW". Only their SHA-256 (salted with the ballot) is stored, so the
 * code in the voter's hand is the only way back to their choice.
 */
final class VoteReceipts {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VoteReceipts() {
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The code as typed, tidied: upper case, no spaces or dashes; null if it cannot be a code. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        if (code.length() != LENGTH) {
            return null;
        }
        for (char c : code.toCharArray()) {
            if (new String(ALPHABET).indexOf(c) < 0) {
                return null;
            }
        }
        return code;
    }

    static byte[] hash(long ballotId, String code) {
        String normalised = normalise(code);
        if (normalised == null) {
            throw new IllegalArgumentException("not a receipt code");
        }
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(("jiceng-ballot:" + ballotId + ":" + normalised).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
