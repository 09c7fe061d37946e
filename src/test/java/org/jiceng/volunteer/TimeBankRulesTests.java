package org.jiceng.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.volunteer.internal.timebank.TimeBankRules;
import org.junit.jupiter.api.Test;

class TimeBankRulesTests {

    /** One step of a random history: a deposit (positive) or a withdrawal (negative) of so many minutes. */
    @Provide
    Arbitrary<List<Integer>> histories() {
        return Arbitraries.integers().between(-TimeBankRules.MAX_MINUTES, TimeBankRules.MAX_MINUTES)
                .filter(m -> m != 0).list().ofMaxSize(60);
    }

    @Property
    void theBalanceIsNeverNegativeAndEqualsWhatWasAcceptedWhateverIsAsked(@ForAll("histories") List<Integer> steps) {
        int balance = 0;
        long accepted = 0;
        for (int step : steps) {
            try {
                balance = step > 0 ? TimeBankRules.deposit(balance, step) : TimeBankRules.withdraw(balance, -step);
                accepted += step;
            } catch (ConflictException refused) {
                assertThat(-step).isGreaterThan(balance);
            }
            assertThat(balance).isNotNegative();
            assertThat((long) balance).isEqualTo(accepted);
        }
    }

    @Test
    void aWithdrawalOfTheWholeBalanceLeavesNothingAndOneMinuteMoreIsRefused() {
        assertThat(TimeBankRules.withdraw(90, 90)).isZero();
        assertThatThrownBy(() -> TimeBankRules.withdraw(90, 91)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("余额不足").hasMessageContaining("1 小时 30 分钟");
    }

    @Test
    void aServiceLastsOneMinuteToOneDay() {
        assertThat(TimeBankRules.minutes(1, "minutes")).isEqualTo(1);
        assertThat(TimeBankRules.minutes(1440, "minutes")).isEqualTo(1440);
        assertThatThrownBy(() -> TimeBankRules.minutes(0, "minutes")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> TimeBankRules.minutes(1441, "minutes")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> TimeBankRules.minutes(null, "minutes")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("请填写时长");
    }

    @Test
    void minutesReadAsHoursAndMinutes() {
        assertThat(TimeBankRules.shown(45)).isEqualTo("45 分钟");
        assertThat(TimeBankRules.shown(120)).isEqualTo("2 小时");
        assertThat(TimeBankRules.shown(150)).isEqualTo("2 小时 30 分钟");
    }
}
