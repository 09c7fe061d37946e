package org.jiceng.people.internal.demo;

import java.time.LocalDate;
import org.jiceng.people.IdNumber;

/**
 * Unique ID and mobile numbers for the demo register, without remembering the numbers handed out.
 * <p>
 * ID numbers (GB 11643): the county's address code, the birth date, a three-digit sequence — odd for men,
 * even for women — and the check character. The n-th man born on a day gets sequence {@code 2k+1} where
 * {@code k = (37n + offset(day)) mod 449}: a bijection of 0…448, so sequences look scattered and never repeat
 * (449 men and 449 women per day and county at most — plenty for a million residents). Sequences 900–999
 * are never handed out: tests and hand-made records can use them without meeting a demo resident.
 * <p>
 * Mobile numbers: a real operator prefix (13x, 15x, 18x, 19x) and eight digits {@code (m·a + b) mod 10⁸}
 * with {@code a} coprime to 10⁸, again a bijection, so the n-th number handed out is never handed out again.
 */
final class DemoNumbers {

    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    private static final int PER_DAY = 449;   // prime; 2·448 + 2 = 898 is the highest sequence
    private static final String[] MOBILE_PREFIXES = {"139", "138", "137", "136", "135", "150", "151", "152", "157",
            "158", "159", "182", "183", "187", "188", "198", "130", "131", "132", "155", "156", "185", "186", "166",
            "133", "153", "180", "181", "189", "199", "173", "177"};
    private static final long SUFFIXES = 100_000_000L;
    private static final long STRIDE = 7_919_393L;   // odd and not a multiple of 5: coprime to 10⁸
    private static final long START = 31_415_926L;

    private final String addressCode;
    private final short[] bornOn;   // how many of each sex were numbered per day since FIRST_DAY, men then women
    private long phones;

    DemoNumbers(String addressCode) {
        if (!addressCode.matches("[1-9][0-9]{5}")) {
            throw new IllegalArgumentException("address code must be six digits: " + addressCode);
        }
        this.addressCode = addressCode;
        int days = (int) (LocalDate.of(2100, 1, 1).toEpochDay() - FIRST_DAY.toEpochDay());
        this.bornOn = new short[2 * days];
    }

    String idNumber(LocalDate birthDate, boolean male) {
        int day = (int) (birthDate.toEpochDay() - FIRST_DAY.toEpochDay());
        int slot = 2 * day + (male ? 0 : 1);
        int n = bornOn[slot];
        if (n >= PER_DAY) {
            throw new IllegalStateException("more than " + PER_DAY + " people of one sex born on " + birthDate);
        }
        bornOn[slot]++;
        int k = (int) ((37L * n + day * 7L) % PER_DAY);
        int sequence = 2 * k + (male ? 1 : 2);
        StringBuilder id = new StringBuilder(18).append(addressCode).append(birthDate.getYear());
        digits(id, birthDate.getMonthValue(), 2);
        digits(id, birthDate.getDayOfMonth(), 2);
        digits(id, sequence, 3);
        return id.append(IdNumber.checkCharacter(id)).toString();
    }

    private static void digits(StringBuilder to, int value, int width) {
        for (int divisor = width == 3 ? 100 : 10; divisor > 0; divisor /= 10) {
            to.append((char) ('0' + value / divisor % 10));
        }
    }

    String mobile() {
        long n = phones++;
        String prefix = MOBILE_PREFIXES[(int) (n % MOBILE_PREFIXES.length)];
        long m = n / MOBILE_PREFIXES.length;
        if (m >= SUFFIXES) {
            throw new IllegalStateException("mobile numbers exhausted");
        }
        long suffix = (m * STRIDE + START) % SUFFIXES;
        String digits = Long.toString(suffix);
        return prefix + "0".repeat(8 - digits.length()) + digits;
    }
}
