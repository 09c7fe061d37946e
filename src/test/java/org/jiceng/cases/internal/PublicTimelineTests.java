package org.jiceng.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.cases.TimelineEntry;
import org.junit.jupiter.api.Test;

class PublicTimelineTests {

    static TimelineEntry entry(long id, String actor, String action, String from, String to, String note, List<String> photos) {
        return new TimelineEntry(id, OffsetDateTime.now(), actor, action, from, to, note, photos);
    }

    static final List<TimelineEntry> ENTRIES = List.of(
            entry(1, "jumin", "file", null, "RECEIVED", null, List.of("p1")),
            entry(2, "gucheng", "accept", "RECEIVED", "ACCEPTED", "此人有上访史，注意稳控", List.of()),
            entry(3, "gucheng", "dispatch", "ACCEPTED", "DISPATCHED", "吹哨：主办 县住建局", List.of()),
            entry(4, "bumen", "check-in", "DISPATCHED", "IN_PROGRESS", "已报到", List.of()),
            entry(5, "bumen", "extend", "IN_PROGRESS", "IN_PROGRESS", "申请延期 3 个工作日", List.of()),
            entry(6, "bumen", "resolve", "IN_PROGRESS", "RESOLVED", "现场照片见附件", List.of("p2")),
            entry(7, "gucheng", "reply", "VERIFIED", "REPLIED", "路灯已修复，电话13812345678", List.of()));

    @Test
    void theReporterSeesTheStateChangesAndTheReplyButNoInternalNoteOrStaffPhoto() {
        List<TimelineEntry> shown = PublicTimeline.of(ENTRIES, true);
        assertThat(shown).extracting(TimelineEntry::action).containsExactly("file", "accept", "check-in", "resolve", "reply");
        assertThat(shown).extracting(TimelineEntry::note).containsExactly(null, null, null, null, "路灯已修复，电话13812345678");
        assertThat(shown.get(0).attachments()).containsExactly("p1");
        assertThat(shown.get(3).attachments()).isEmpty();
        assertThat(shown).extracting(TimelineEntry::actor).containsExactly("jumin", "工作人员", "工作人员", "工作人员", "工作人员");
    }

    @Test
    void aFollowerSeesTheSameWithoutTheReportersNameOrNumbers() {
        List<TimelineEntry> shown = PublicTimeline.of(ENTRIES, false);
        assertThat(shown.get(0).actor()).isEqualTo("反映人");
        assertThat(shown.getLast().note()).doesNotContain("13812345678");
    }
}
