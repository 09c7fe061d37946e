package org.jiceng.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class IdNumberTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** The worked example of GB 11643-1999 appendix: 11010519491231002X. */
    @Test
    void theStandardsOwnExampleIsValidAndFemale() {
        IdNumber id = IdNumber.parse("11010519491231002X", TODAY);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(IdNumber.Gender.FEMALE);
        assertThat(id.masked()).isEqualTo("1101*************X");
    }

    @Test
    void aLowerCaseXIsAccepted() {
        assertThat(IdNumber.parse("11010519491231002x", TODAY).value()).isEqualTo("11010519491231002X");
    }

    @Test
    void aMaleNumberHasAnOddSequence() {
        String first17 = "53032619800101001";
        IdNumber id = IdNumber.parse(first17 + IdNumber.checkCharacter(first17), TODAY);
        assertThat(id.gender()).isEqualTo(IdNumber.Gender.MALE);
        assertThat(id.toString()).doesNotContain("19800101");
    }

    @Test
    void eachBrokenRuleIsNamedInChinese() {
        assertRule("", "REQUIRED", "请填写");
        assertRule("5303261980010100", "LENGTH", "应为 18 位，实际为 16 位");
        assertRule("53032619800101A01X", "DIGITS", "第 15 位是“A”");
        assertRule("53032619800101001Y", "CHECK_CHARACTER", "数字或 X");
        assertRule("99032619800101001" + IdNumber.checkCharacter("99032619800101001"), "ADDRESS", "省级行政区划代码");
        assertRule("53032619800230001" + IdNumber.checkCharacter("53032619800230001"), "BIRTH_DATE", "不是真实存在的日期");
        assertRule("53032620270101001" + IdNumber.checkCharacter("53032620270101001"), "BIRTH_DATE", "合理范围");
        assertRule("110105194912310021", "CHECKSUM", "应为“X”，实际是“1”");
    }

    @Test
    void theParseErrorIsABadInput() {
        assertThatThrownBy(() -> IdNumber.parse("110105194912310021", TODAY))
                .isInstanceOf(org.jiceng.BadInputException.class).hasMessageContaining("校验码错误");
    }

    @Property(tries = 1000)
    void everyWellFormedNumberWithItsCheckCharacterIsValid(@ForAll("first17") String first17) {
        String id = first17 + IdNumber.checkCharacter(first17);
        assertThat(IdNumber.problemWith(id, TODAY)).isEmpty();
        IdNumber parsed = IdNumber.parse(id, TODAY);
        assertThat(parsed.birthDate().toString().replace("-", "")).isEqualTo(first17.substring(6, 14));
        assertThat(parsed.masked()).hasSize(18).startsWith(first17.substring(0, 4)).endsWith(id.substring(17)).doesNotContain(first17.substring(6, 14));
    }

    /** MOD 11-2 catches every single-character substitution: the point of a check digit. */
    @Property(tries = 1000)
    void changingAnySingleDigitBreaksTheCheck(@ForAll("first17") String first17,
                                             @ForAll @IntRange(min = 0, max = 16) int position,
                                             @ForAll @IntRange(min = 1, max = 9) int shift) {
        String valid = first17 + IdNumber.checkCharacter(first17);
        char changed = (char) ('0' + (valid.charAt(position) - '0' + shift) % 10);
        String typo = valid.substring(0, position) + changed + valid.substring(position + 1);
        assertThat(IdNumber.problemWith(typo, TODAY)).isPresent();
    }

    /** …and every swap of two different adjacent digits. */
    @Property(tries = 1000)
    void swappingTwoAdjacentDifferentDigitsBreaksTheCheck(@ForAll("first17") String first17,
                                                          @ForAll @IntRange(min = 0, max = 15) int position) {
        String valid = first17 + IdNumber.checkCharacter(first17);
        Assumptions.assumeDifferent(valid.charAt(position), valid.charAt(position + 1));
        String swapped = valid.substring(0, position) + valid.charAt(position + 1) + valid.charAt(position)
                + valid.substring(position + 2);
        assertThat(IdNumber.problemWith(swapped, TODAY)).isPresent();
    }

    @Provide
    Arbitrary<String> first17() {
        Arbitrary<String> area = Arbitraries.of("110105", "530326", "510181", "469023", "640423", "820000");
        Arbitrary<LocalDate> birth = Arbitraries.integers().between(0, (int) (TODAY.toEpochDay() - LocalDate.of(1900, 1, 1).toEpochDay()))
                .map(days -> LocalDate.of(1900, 1, 1).plusDays(days));
        Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
        return Combinators.combine(area, birth, sequence)
                .as((a, b, s) -> a + b.toString().replace("-", "") + s);
    }

    private static void assertRule(String input, String rule, String messagePart) {
        var problem = IdNumber.problemWith(input, TODAY);
        assertThat(problem).as(input).isPresent();
        assertThat(problem.get().rule()).as(input).isEqualTo(rule);
        assertThat(problem.get().message()).as(input).contains(messagePart);
    }

    static final class Assumptions {
        static void assumeDifferent(char a, char b) {
            net.jqwik.api.Assume.that(a != b);
        }
    }
}
