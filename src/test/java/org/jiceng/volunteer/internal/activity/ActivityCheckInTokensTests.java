package org.jiceng.volunteer.internal.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.jiceng.volunteer.internal.activity.CheckInTokens.Kind;
import org.junit.jupiter.api.Test;

class ActivityCheckInTokensTests {

    private final CheckInTokens tokens = new CheckInTokens(key((byte) 7));
    private static final Instant BASE = Instant.parse("2026-05-20T01:00:00Z");

    private static byte[] key(byte fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, fill);
        return key;
    }

    @Property
    void aCodeIsAcceptedFromItsIssueUntilTheEndOfTheNextStepAndNeverAfter(
            @ForAll @LongRange(min = 0, max = 10_000_000) long issuedAfter,
            @ForAll @LongRange(min = -100, max = 200) long scannedAfter) {
        Instant issued = BASE.plusSeconds(issuedAfter);
        Instant scanned = issued.plusSeconds(scannedAfter);
        String token = tokens.issue(42, Kind.IN, issued);
        boolean inWindow = !scanned.isBefore(Instant.ofEpochSecond(CheckInTokens.step(issued) * CheckInTokens.STEP_SECONDS))
                && scanned.isBefore(CheckInTokens.expiry(issued));
        if (inWindow) {
            assertThat(tokens.verify(token, scanned)).isEqualTo(new CheckInTokens.Claim(42, Kind.IN));
        } else {
            assertThatThrownBy(() -> tokens.verify(token, scanned)).isInstanceOf(CheckInTokens.Refused.class);
        }
    }

    @Property
    void noCodeLivesLongerThanAMinuteAndEachLivesAtLeastHalfOne(@ForAll @LongRange(min = 0, max = 10_000_000) long at) {
        Instant issued = BASE.plusSeconds(at);
        Duration life = Duration.between(issued, CheckInTokens.expiry(issued));
        assertThat(life).isLessThanOrEqualTo(Duration.ofSeconds(CheckInTokens.LIFETIME_SECONDS))
                .isGreaterThan(Duration.ofSeconds(CheckInTokens.STEP_SECONDS));
    }

    @Test
    void theCodeChangesEveryThirtySeconds() {
        Instant start = Instant.ofEpochSecond(CheckInTokens.step(BASE) * CheckInTokens.STEP_SECONDS);
        assertThat(tokens.issue(1, Kind.IN, start)).isEqualTo(tokens.issue(1, Kind.IN, start.plusSeconds(29)))
                .isNotEqualTo(tokens.issue(1, Kind.IN, start.plusSeconds(30)));
    }

    @Test
    void theExactBoundariesOfACodesLife() {
        Instant start = Instant.ofEpochSecond(CheckInTokens.step(BASE) * CheckInTokens.STEP_SECONDS);
        String token = tokens.issue(1, Kind.OUT, start);
        assertThat(tokens.verify(token, start.plusSeconds(59)).kind()).isEqualTo(Kind.OUT);
        assertThatThrownBy(() -> tokens.verify(token, start.plusSeconds(60))).hasMessageContaining("已过期");
        assertThatThrownBy(() -> tokens.verify(token, start.minusSeconds(1))).hasMessageContaining("已过期");
    }

    @Test
    void aChangedActivityOrKindOrAnotherKeysSignatureIsRefusedAsForged() {
        String token = tokens.issue(5, Kind.IN, BASE);
        String[] parts = token.split("\\.");
        assertThatThrownBy(() -> tokens.verify("6." + parts[1] + "." + parts[2] + "." + parts[3], BASE))
                .hasMessageContaining("无效");
        assertThatThrownBy(() -> tokens.verify(parts[0] + ".OUT." + parts[2] + "." + parts[3], BASE))
                .hasMessageContaining("无效");
        String other = new CheckInTokens(key((byte) 8)).issue(5, Kind.IN, BASE);
        assertThatThrownBy(() -> tokens.verify(other, BASE)).hasMessageContaining("无效");
        assertThatThrownBy(() -> tokens.verify("garbage", BASE)).hasMessageContaining("无效");
        assertThatThrownBy(() -> tokens.verify(null, BASE)).hasMessageContaining("无效");
    }

    @Test
    void hoursAreWholeMinutesWithTheSecondsLeftOverDropped() {
        assertThat(Attendances.minutes(BASE, BASE.plusSeconds(7259), "甲")).isEqualTo(120);
        assertThat(Attendances.minutes(BASE, BASE.plusSeconds(60), "甲")).isEqualTo(1);
        assertThatThrownBy(() -> Attendances.minutes(BASE, BASE, "甲")).hasMessageContaining("晚于");
        assertThatThrownBy(() -> Attendances.minutes(BASE, BASE.plus(Duration.ofHours(25)), "甲"))
                .hasMessageContaining("24 小时");
    }

    @Test
    void anActivityMovesOnlyByItsStateTable() {
        assertThat(ActivityState.PLANNED.refusal(ActivityState.OPEN)).isNull();
        assertThat(ActivityState.OPEN.refusal(ActivityState.RUNNING)).isNull();
        assertThat(ActivityState.RUNNING.refusal(ActivityState.DONE)).isNull();
        assertThat(ActivityState.RUNNING.refusal(ActivityState.CANCELLED)).contains("进行中");
        assertThat(ActivityState.DONE.refusal(ActivityState.OPEN)).isNotNull();
        assertThat(ActivityState.PLANNED.refusal(ActivityState.DONE)).isNotNull();
    }
}
