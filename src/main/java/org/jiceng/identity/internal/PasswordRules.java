package org.jiceng.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * What a password must be: long enough to resist guessing at the login throttle's pace, not a number a
 * neighbour could guess (a birthday, a phone), not the username, and in production never the demo password
 * printed in the README. bcrypt reads 72 bytes only, so longer passwords are refused rather than cut.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordRules() {
    }

    /** Why the password is refused, in Chinese, or empty when it is acceptable. */
    static Optional<String> problem(String username, String password, boolean production, String demoPassword) {
        if (password == null || password.isBlank()) {
            return Optional.of("请输入密码");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("密码至少 " + MIN_LENGTH + " 位");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("密码太长（最多 72 个英文字符或 24 个汉字）");
        }
        if (password.chars().allMatch(Character::isDigit)) {
            return Optional.of("密码不能全是数字，请加入字母或符号");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of("密码不能与用户名相同");
        }
        if (production && demoPassword != null && password.equals(demoPassword)) {
            return Optional.of("不能使用演示密码，请另设密码");
        }
        if (password.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.of("密码不能包含控制字符");
        }
        return Optional.empty();
    }

    /** A temporary password to hand over once: three groups of four unambiguous letters and digits. */
    static String temporary() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < 3; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < 4; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        // at least one letter, so the temporary password itself passes the rules
        return password.toString().chars().anyMatch(Character::isLetter) ? password.toString() : temporary();
    }
}
