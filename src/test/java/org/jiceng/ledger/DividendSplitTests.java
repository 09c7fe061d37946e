package org.jiceng.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.jiceng.BadInputException;
import org.jiceng.ledger.internal.dividend.LargestRemainder;
import org.junit.jupiter.api.Test;

class DividendSplitTests {

    @Property(tries = 2000)
    void partsAlwaysAddUpToTheTotalAndEachIsTheFloorOfItsQuotaOrOneFenMore(
            @ForAll @LongRange(min = 0, max = 10_000_000_000_000L) long total,
            @ForAll @Size(min = 1, max = 60) List<@LongRange(min = 1, max = 1_000_000) Long> shares) {
        long[] s = shares.stream().mapToLong(Long::longValue).toArray();
        long[] parts = LargestRemainder.split(total, s);
        BigInteger all = BigInteger.ZERO;
        for (long x : s) {
            all = all.add(BigInteger.valueOf(x));
        }
        long sum = 0;
        for (int i = 0; i < s.length; i++) {
            long floor = BigInteger.valueOf(total).multiply(BigInteger.valueOf(s[i])).divide(all).longValueExact();
            assertThat(parts[i]).isBetween(floor, floor + 1);
            sum += parts[i];
        }
        assertThat(sum).isEqualTo(total);
    }

    @Property(tries = 500)
    void theSameListAlwaysSplitsTheSameWay(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long total,
                                           @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 1, max = 1000) Long> shares) {
        long[] s = shares.stream().mapToLong(Long::longValue).toArray();
        assertThat(LargestRemainder.split(total, s)).isEqualTo(LargestRemainder.split(total, s.clone()));
    }

    @Test
    void aHundredYuanAmongThreeEqualHoldersGivesTheOddFenToTheFirstListed() {
        assertThat(LargestRemainder.split(10_000, new long[]{1, 1, 1})).containsExactly(3334, 3333, 3333);
    }

    @Test
    void onEqualRemaindersTheEarlierListedHolderGetsTheFenFirst() {
        // 10 fen by 1, 3, 1, 1 (6 shares): quotas 1.67, 5, 1.67, 1.67 → floors 1, 5, 1, 1 and 2 fen for the first and third
        assertThat(LargestRemainder.split(10, new long[]{1, 3, 1, 1})).containsExactly(2, 5, 2, 1);
    }

    @Test
    void onEqualRemaindersTheHolderWithMoreSharesGetsTheFenFirst() {
        // 2 fen by 1 and 3 (4 shares): quotas 0.5 and 1.5, the same remainder; the larger holding goes first
        assertThat(LargestRemainder.split(2, new long[]{1, 3})).containsExactly(0, 2);
    }

    @Test
    void theLargestRemainderGetsTheLeftoverFen() {
        // 100 fen by 1, 2, 4 (7 shares): quotas 14.29, 28.57, 57.14 → floors 14, 28, 57 and one fen to 28.57
        assertThat(LargestRemainder.split(100, new long[]{1, 2, 4})).containsExactly(14, 29, 57);
    }

    @Test
    void aHolderWithoutSharesIsRefused() {
        assertThatThrownBy(() -> LargestRemainder.split(100, new long[]{1, 0})).isInstanceOf(BadInputException.class);
    }
}
