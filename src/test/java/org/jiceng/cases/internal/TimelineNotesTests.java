package org.jiceng.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.cases.CaseLevel;
import org.junit.jupiter.api.Test;

class TimelineNotesTests {

    private static final String MARKS = "。．.！？!?…，,；;：:、";

    @Test
    void aReplyTypedWithItsOwnFullStopIsNotDoubled() {
        assertThat(TimelineNotes.replied("已联系市场监管所上门检查并加强监督。"))
                .isEqualTo("答复：已联系市场监管所上门检查并加强监督。请对办理结果评价");
        assertThat(TimelineNotes.replied("已加强监督")).isEqualTo("答复：已加强监督。请对办理结果评价");
        assertThat(TimelineNotes.replied("已修复！")).isEqualTo("答复：已修复！请对办理结果评价");
        assertThat(TimelineNotes.replied("已修复，")).isEqualTo("答复：已修复。请对办理结果评价");
        assertThat(TimelineNotes.replied(null)).isEqualTo("答复：请对办理结果评价");
    }

    @Test
    void anEscalationNoteEndingInAFullStopIsJoinedByOneSemicolon() {
        assertThat(TimelineNotes.escalated(CaseLevel.TOWN, "社区无法协调。"))
                .isEqualTo("社区无法协调；上报至" + CaseLevel.TOWN.label() + "办理");
        assertThat(TimelineNotes.escalated(CaseLevel.TOWN, "。")).isEqualTo("上报至" + CaseLevel.TOWN.label() + "办理");
    }

    @Provide
    Arbitrary<String> notes() {
        return Arbitraries.strings().withChars("监督好已修复 " + MARKS).ofMinLength(0).ofMaxLength(12);
    }

    @Property
    void whereTheWriterDoubledNoMarkNeitherDoWe(@ForAll("notes") String note) {
        Assume.that(!doubled(note));
        assertThat(doubled(TimelineNotes.replied(note))).as(TimelineNotes.replied(note)).isFalse();
        assertThat(doubled(TimelineNotes.escalated(CaseLevel.TOWN, note))).isFalse();
        assertThat(doubled(TimelineNotes.sentence(note))).isFalse();
    }

    /** Two punctuation marks in a row, whitespace between them not counting. */
    private static boolean doubled(String text) {
        String marks = text.replaceAll("\\s+", "");
        for (int i = 1; i < marks.length(); i++) {
            if (MARKS.indexOf(marks.charAt(i)) >= 0 && MARKS.indexOf(marks.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
