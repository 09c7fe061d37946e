package org.jiceng.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A resident ID number (公民身份号码) per GB 11643-1999: six digits of address code, eight of birth date,
 * three of sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character, 0–9 or X.
 * A pure value: {@link #parse} either gives one or says in Chinese which rule the input broke.
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** Province-level prefixes of GB/T 2260, and 81–83 of the residence permits for HK, Macao and Taiwan. */
    private static final java.util.Set<String> PROVINCES = java.util.Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");

    public enum Gender { MALE, FEMALE }

    /** Why an input is not a valid ID number; {@code message} is for a person. */
    public record Problem(String rule, String message) {
    }

    public static IdNumber parse(String input, LocalDate today) {
        return new IdNumber(checked(input, today));
    }

    /** The problem with {@code input}, or empty when it is a valid ID number. */
    public static Optional<Problem> problemWith(String input, LocalDate today) {
        try {
            checked(input, today);
            return Optional.empty();
        } catch (InvalidIdNumberException e) {
            return Optional.of(e.problem());
        }
    }

    private static String checked(String input, LocalDate today) {
        if (input == null || input.isBlank()) {
            throw invalid("REQUIRED", "请填写身份证号码");
        }
        String value = input.strip().toUpperCase();
        if (value.length() != 18) {
            throw invalid("LENGTH", "身份证号码应为 18 位，实际为 " + value.length() + " 位");
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(value.charAt(i)) || value.charAt(i) > '9') {
                throw invalid("DIGITS", "身份证号码前 17 位须为数字，第 " + (i + 1) + " 位是“" + value.charAt(i) + "”");
            }
        }
        char last = value.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            throw invalid("CHECK_CHARACTER", "身份证号码第 18 位（校验码）须为数字或 X，实际是“" + last + "”");
        }
        if (!PROVINCES.contains(value.substring(0, 2))) {
            throw invalid("ADDRESS", "身份证号码前 2 位“" + value.substring(0, 2) + "”不是有效的省级行政区划代码");
        }
        LocalDate birth = birthDateOf(value);
        if (birth.isBefore(EARLIEST) || birth.isAfter(today)) {
            throw invalid("BIRTH_DATE", "身份证号码中的出生日期 " + value.substring(6, 14) + " 不在合理范围内（1900 年至今）");
        }
        char expected = checkCharacter(value);
        if (expected != last) {
            throw invalid("CHECKSUM", "身份证号码校验码错误：按前 17 位应为“" + expected + "”，实际是“" + last + "”，请核对是否有数字录错");
        }
        return value;
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static LocalDate birthDateOf(String value) {
        try {
            return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw invalid("BIRTH_DATE", "身份证号码中的出生日期 " + value.substring(6, 14) + " 不是真实存在的日期");
        }
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /**
     * {@code 5303*************3}: the province and prefecture digits and the check character, for lists and
     * pages. No digit of the birth date or of the sequence code is shown, so beside the gender and age that
     * pages show, some ten thousand valid numbers remain possible ({@code MaskedNumberProperties} counts them);
     * the old form's last four characters held the sequence code, which with a birth date gave the number back.
     */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(13) + value.charAt(17);
    }

    @Override
    public String toString() {
        return masked();   // never the full number in logs
    }

    private static InvalidIdNumberException invalid(String rule, String message) {
        return new InvalidIdNumberException(new Problem(rule, message));
    }

    /** Thrown by {@link #parse}; a 400 with the Chinese message where it reaches the API. */
    public static final class InvalidIdNumberException extends org.jiceng.BadInputException {
        private final transient Problem problem;

        InvalidIdNumberException(Problem problem) {
            super(problem.message());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
