package org.jiceng.demo.internal;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.deliberation.MeetingKind;
import org.jiceng.deliberation.MeetingRecord;

/**
 * What the year's meetings look like on paper: who came, the agenda beside the topics, and minutes that go through
 * the agenda item by item. Pure: the same meeting of the plan gives the same record.
 */
final class MeetingMinutes {

    static final String ANALYSIS_RESOLUTION = "各社区对上月超期和退回的诉求逐件跟进，重复反映的问题列入“每月一题”，下次会议通报结果。";

    private static final List<String> ANALYSIS_ITEMS = List.of("通报上月诉求办理情况和“三率”", "分析高发问题和重复诉求的网格",
            "研究本月“每月一题”");
    private static final List<String> MORNING_ITEMS = List.of("通报上周诉求办理情况", "网格员报告走访发现的问题");

    private MeetingMinutes() {
    }

    static MeetingRecord record(DeliberationPlan.Meeting m, List<DeliberationPlan.Topic> topics, List<Long> topicIds) {
        boolean analysis = m.kind() == MeetingKind.ANALYSIS;
        List<String> items = analysis ? ANALYSIS_ITEMS : MORNING_ITEMS;
        List<MeetingRecord.Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < m.attendees(); i++) {
            String name = TopicPhrases.NAMES.get((m.index() + i * 5) % TopicPhrases.NAMES.size());
            if (attendees.stream().noneMatch(a -> a.name().equals(name))) {
                String role = analysis ? (i == 0 ? "街道党工委" : "社区书记")
                        : TopicPhrases.CAPACITIES.get(i % TopicPhrases.CAPACITIES.size());
                attendees.add(new MeetingRecord.Attendee(name, role));
            }
        }
        StringBuilder minutes = new StringBuilder();
        int n = 1;
        for (String item : items) {
            minutes.append(numeral(n++)).append("、").append(item).append("。");
            minutes.append(analysis ? "各社区逐一汇报，与会人员对办理慢、群众不满意的诉求逐件分析原因。\n"
                    : "网格员逐一汇报，会议明确责任人和办理时限。\n");
        }
        for (DeliberationPlan.Topic t : topics) {
            TopicPhrases.Matter matter = TopicPhrases.MATTERS.get(t.matter());
            minutes.append(numeral(n++)).append("、协商“").append(matter.title()).append("”：").append(matter.description())
                    .append("与会人员充分发表意见，会议同意：").append(matter.resolution()).append("\n");
        }
        String title = analysis ? m.name() + m.day().getMonthValue() + "月民情分析会" : "民情晨会";
        return new MeetingRecord(m.kind(), title, m.territory(), m.day(), analysis ? LocalTime.of(9, 0) : LocalTime.of(8, 0),
                analysis ? m.name() + "党群服务中心会议室" : m.name() + "党群服务中心", topicIds, items, attendees,
                minutes.toString().strip());
    }

    private static String numeral(int n) {
        return String.valueOf("一二三四五六七八九十".charAt(Math.min(n, 10) - 1));
    }
}
