package org.jiceng.party.internal.cobuilding;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.Resource;
import org.jiceng.XlsxSheet;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Service;

/**
 * 反馈到单位: each registered unit's and member's confirmed service in a community over a period, the summary the
 * community sends back to the unit and to the member's own party organisation, on a page and as an Excel file.
 */
@Service
public class Feedback {

    private final HoursRepository hours;
    private final TerritoryApi territory;
    private final Clock clock;

    Feedback(HoursRepository hours, TerritoryApi territory, Clock clock) {
        this.hours = hours;
        this.territory = territory;
        this.clock = clock;
    }

    public record Period(String community, LocalDate from, LocalDate to) {
    }

    public record Line(long registrationId, String registrant, boolean unit, String organisationName, long projects,
                       long confirmed, long minutes, long pending) {

        /** Hours to one decimal, as the feedback sheet shows them. */
        public String hours() {
            return (minutes / 60) + "." + (minutes % 60 * 10 / 60);
        }
    }

    /** The period asked for (this year by default), in a community the user reads service hours of. */
    public Period period(String community, String from, String to, CurrentUser user) {
        String code = Needs.community(community, territory);
        CoBuildingAccess.check(user, Resource.SERVICE_HOURS, Action.READ, code);
        LocalDate today = Beijing.today(clock);
        LocalDate start = Input.date(from, "from", "开始日期", today.withDayOfYear(1));
        LocalDate end = Input.date(to, "to", "结束日期", today);
        if (end.isBefore(start)) {
            throw new BadInputException("to", "结束日期 " + end + " 早于开始日期 " + start);
        }
        return new Period(code, start, end);
    }

    public List<Line> lines(Period period) {
        return hours.summary(period.community(), period.from(), period.to()).stream()
                .map(s -> new Line(s.registrationId(), s.registrant(), s.unit(), s.organisationName(), s.projects(),
                        s.confirmed(), s.minutes(), s.pending())).toList();
    }

    public void export(Period period, OutputStream out) throws IOException {
        try (XlsxSheet sheet = new XlsxSheet("服务汇总", List.of("报到单位/党员", "类别", "所在党组织", "参与项目数",
                "已确认次数", "已确认时长（分钟）", "待确认次数"))) {
            for (Line line : lines(period)) {
                sheet.row(line.registrant(), line.unit() ? "单位" : "在职党员",
                        line.organisationName() == null ? "" : line.organisationName(), line.projects(),
                        line.confirmed(), line.minutes(), line.pending());
            }
            XlsxSheet detail = sheet.next("服务明细", List.of("报到单位/党员", "项目", "服务日期", "时长（分钟）", "服务内容"));
            for (HoursRepository.Hours h : hours.confirmed(period.community(), period.from(), period.to())) {
                detail.row(h.registrant(), h.projectTitle(), h.servedOn().toString(), h.minutes(), h.description());
            }
            sheet.writeTo(out);
        }
    }
}
