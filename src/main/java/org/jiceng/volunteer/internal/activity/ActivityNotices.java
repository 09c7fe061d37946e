package org.jiceng.volunteer.internal.activity;

import java.time.format.DateTimeFormatter;
import org.jiceng.cases.PersonalNotice;
import org.jiceng.volunteer.internal.activity.ActivityRepository.ActivityRow;
import org.jiceng.volunteer.internal.activity.AttendanceRepository.AttendanceRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** What a volunteer with an account is told in their inbox; one without an account hears it from the organiser. */
@Component
class ActivityNotices {

    static final String KIND = "volunteer.activity";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final ApplicationEventPublisher events;

    ActivityNotices(ApplicationEventPublisher events) {
        this.events = events;
    }

    void movedUp(ActivityRow activity, AttendanceRow who) {
        tell(who, "moved-up:" + who.id() + ":" + who.version(), "候补转正：" + activity.title(),
                "有人取消报名，您已从候补转为正式报名。活动时间 " + when(activity) + "，地点 " + activity.place() + "。");
    }

    void reminder(ActivityRow activity, AttendanceRow who) {
        tell(who, "reminder:" + who.id(), "活动提醒：" + activity.title(),
                "您报名的活动将于 " + when(activity) + " 开始，地点 " + activity.place() + "。到场后请扫描组织者出示的签到码。");
    }

    void cancelled(ActivityRow activity, AttendanceRow who) {
        tell(who, "cancelled:" + who.id(), "活动取消：" + activity.title(),
                "您报名的活动（" + when(activity) + "）已取消。");
    }

    private void tell(AttendanceRow who, String key, String title, String body) {
        if (who.userId() != null) {
            events.publishEvent(new PersonalNotice(KIND + ":" + key, who.userId(), KIND, title, body));
        }
    }

    private static String when(ActivityRow activity) {
        return WHEN.format(activity.startsAt());
    }
}
