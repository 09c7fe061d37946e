package org.jiceng.services.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.XlsxSheet;
import org.jiceng.XlsxSheet.Formatted;
import org.jiceng.services.ServiceFigures.Average;
import org.jiceng.services.ServiceFigures.Figures;
import org.jiceng.services.ServiceFigures.Share;
import org.jiceng.services.internal.figures.FigureService;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/services/figures?territory=&month=}: the month's figures of services per village, per office
 * and in total, each rate as its exact fraction and a percentage with one decimal; {@code .xlsx} the same table.
 */
@RestController
class ServiceFiguresApiController {

    static final List<String> HEADINGS = List.of("分组", "名称", "办结件数", "终止件数", "按时办结", "按时办结率", "代办件数",
            "代办占比", "平均办理工作日", "预约（已结束）", "到场", "爽约", "取消", "到场率");

    private final FigureService figures;

    ServiceFiguresApiController(FigureService figures) {
        this.figures = figures;
    }

    /** A figure with its fraction: {@code percent} null (shown "—") when there was nothing to divide by. */
    record Rate(long part, long whole, BigDecimal percent, String shown) {
        static Rate of(Share s) {
            return new Rate(s.part(), s.whole(), s.percent(), s.shown());
        }
    }

    record Mean(long sum, long count, BigDecimal value, String shown) {
        static Mean of(Average a) {
            return new Mean(a.sum(), a.count(), a.value(), a.shown());
        }
    }

    record Line(String key, String name, long handled, long ended, Rate onTimeRate, Rate agencyShare,
                Mean averageWorkingDays, long bookings, long attended, long noShow, long cancelled,
                Rate attendanceRate) {
        static Line of(String key, String name, Figures f) {
            return new Line(key, name, f.handled(), f.ended(), Rate.of(f.onTime()), Rate.of(f.agency()),
                    Mean.of(f.workingDays()), f.bookings(), f.attended(), f.noShow(), f.cancelled(),
                    Rate.of(f.attendance()));
        }
    }

    record Table(String territory, String territoryName, String month, String office, List<Line> villages,
                 List<Line> offices, Line total) {
    }

    @Guard(resource = Resource.SERVICE_FIGURES, action = Action.READ)
    @GetMapping("/api/v1/services/figures")
    Table figures(@RequestParam(required = false) String territory, @RequestParam(required = false) String month,
                  CurrentUser user) {
        FigureService.View v = figures.view(user, territory, month);
        return new Table(v.territory(), v.territoryName(), v.month(), v.office(),
                v.villages().stream().map(r -> Line.of(r.key(), r.name(), r.figures())).toList(),
                v.offices().stream().map(r -> Line.of(r.key(), r.name(), r.figures())).toList(),
                Line.of(v.territory(), "合计", v.total()));
    }

    @Guard(resource = Resource.SERVICE_FIGURES, action = Action.READ)
    @GetMapping("/api/v1/services/figures.xlsx")
    void workbook(@RequestParam(required = false) String territory, @RequestParam(required = false) String month,
                  CurrentUser user, HttpServletResponse response) throws IOException {
        FigureService.View v = figures.view(user, territory, month);
        try (XlsxSheet sheet = new XlsxSheet("为民服务统计", HEADINGS)) {
            sheet.width(1, 16);
            v.villages().forEach(r -> sheet.row(cells("村(社区)", r.name(), r.figures())));
            v.offices().forEach(r -> sheet.row(cells("办理部门", r.name(), r.figures())));
            sheet.row(cells("合计", v.territoryName(), v.total()));
            response.setContentType(XlsxSheet.CONTENT_TYPE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    XlsxSheet.attachment(v.territoryName() + "-为民服务统计-" + v.month() + ".xlsx"));
            sheet.writeTo(response.getOutputStream());
        }
    }

    private static Object[] cells(String group, String name, Figures f) {
        return new Object[] {group, name, f.handled(), f.ended(), f.onTime().part(), percent(f.onTime()),
                f.agency().part(), percent(f.agency()), Formatted.decimal(f.workingDays().value(), 1), f.bookings(),
                f.attended(), f.noShow(), f.cancelled(), percent(f.attendance())};
    }

    private static Formatted percent(Share s) {
        return s.percent() == null ? null : Formatted.percent(s.percent().movePointLeft(2), 1);
    }
}
