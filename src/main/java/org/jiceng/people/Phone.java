package org.jiceng.people;

import org.jiceng.BadInputException;

/** A phone number: an 11-digit mainland mobile number, or a landline with its area code. */
public record Phone(String value) {

    public static Phone parse(String input) {
        if (input == null || input.isBlank()) {
            throw new BadInputException("请填写电话号码");
        }
        String value = input.strip().replace(" ", "").replace("-", "");
        if (value.startsWith("+86")) {
            value = value.substring(3);
        }
        if (value.matches("1[3-9]\\d{9}") || value.matches("0\\d{9,11}")) {
            return new Phone(value);
        }
        throw new BadInputException("电话号码“" + input.strip() + "”格式不正确：手机号应为 1 开头的 11 位数字，固定电话应带区号");
    }

    /**
     * {@code 138****1234}; a landline keeps its area code and at most its last four digits. At least four
     * digits are always hidden, so at least 10,000 numbers fit what is shown (a seven-digit local number
     * shows its last three: {@code 0874****456}); nothing shown beside a phone number carries any of its digits.
     */
    public String masked() {
        if (value.startsWith("1")) {
            return value.substring(0, 3) + "****" + value.substring(7);
        }
        int area = value.startsWith("01") || value.startsWith("02") ? 3 : 4;
        int shown = Math.max(0, Math.min(4, value.length() - area - 4));
        return value.substring(0, area) + "*".repeat(value.length() - area - shown) + value.substring(value.length() - shown);
    }

    @Override
    public String toString() {
        return masked();
    }
}
