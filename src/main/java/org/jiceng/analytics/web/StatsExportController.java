package org.jiceng.analytics.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.XlsxSheet;
import org.jiceng.XlsxSheet.Formatted;
import org.jiceng.analytics.internal.LevelShares;
import org.jiceng.analytics.internal.StatsService;
import org.jiceng.analytics.internal.UnitRates;
import org.jiceng.platform.ReadsReplica;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Each statistics page as an Excel file ({@code .xlsx} beside the page's own path, same parameters): the same
 * service calls as the page, so the same scope and the same figures, rounded as the page shows them (the cell
 * keeps the rate to four places; its format shows it as the page does).
 */
@Controller
@ReadsReplica
class StatsExportController {

    static final List<String> RATES = List.of("名称", "月份", "诉求件数", "按时响应", "响应率", "已评价", "已解决", "解决率",
            "满意", "基本满意", "满意率", "综合得分");

    private final StatsService stats;

    StatsExportController(StatsService stats) {
        this.stats = stats;
    }

    @Guard(resource = Resource.STATS, action = Action.READ)
    @GetMapping("/stats/unit.xlsx")
    void unit(@RequestParam(required = false) String unit, @RequestParam(required = false) String month,
              CurrentUser user, HttpServletResponse response) throws IOException {
        YearMonth asked = stats.month(month);
        UnitRates rates = stats.threeRates(user, unit, asked);
        try (XlsxSheet sheet = new XlsxSheet("三率", RATES)) {
            sheet.width(0, 14);
            sheet.row(rates(rates));
            boolean territorial = !rates.kind().equals("DEPARTMENT");
            if (territorial && rates.unit().length() <= 12) {
                List<UnitRates> children = stats.children(user, rates.unit(), asked);
                if (!children.isEmpty()) {
                    sheet.next(rates.kind().equals("COUNTY") ? "各乡镇(街道)" : "各村(社区)", RATES).width(0, 14);
                    children.forEach(c -> sheet.row(rates(c)));
                }
                levels(sheet, stats.levels(user, rates.unit(), asked));
            }
            send(response, sheet, rates.unitName() + "-三率-" + asked);
        }
    }

    @Guard(resource = Resource.STATS, action = Action.READ)
    @GetMapping("/stats/rankings.xlsx")
    void rankings(@RequestParam(required = false, defaultValue = "towns") String of,
                  @RequestParam(required = false) String month, CurrentUser user, HttpServletResponse response)
            throws IOException {
        YearMonth asked = stats.month(month);
        List<StatsService.Ranked> ranking = stats.ranking(user, of, asked);
        String title = "towns".equals(of) ? "乡镇(街道)三率排名" : "部门三率排名";
        try (XlsxSheet sheet = new XlsxSheet(title, List.of("名次", "名称", "诉求件数", "响应率", "解决率", "满意率", "综合得分"))) {
            sheet.width(1, 14);
            for (StatsService.Ranked r : ranking) {
                UnitRates u = r.rates();
                sheet.row(rankText(r), u.unitName(), u.cases(), Formatted.percent(u.responseRate(), 2),
                        Formatted.percent(u.resolutionRate(), 2), Formatted.percent(u.satisfactionRate(), 2),
                        Formatted.decimal(u.composite(), 2));
            }
            send(response, sheet, title + "-" + asked);
        }
    }

    @Guard(resource = Resource.STATS, action = Action.READ)
    @GetMapping("/stats/levels.xlsx")
    void levels(@RequestParam(required = false) String territory, @RequestParam(required = false) String month,
                CurrentUser user, HttpServletResponse response) throws IOException {
        LevelShares levels = stats.levels(user, territory, stats.month(month));
        try (XlsxSheet sheet = new XlsxSheet("分级办结", LEVELS)) {
            levelRows(sheet, levels);
            send(response, sheet, levels.territoryName() + "-分级办结-" + levels.month());
        }
    }

    /** The place a ranking shows: the rank, or why there is none. */
    static String rankText(StatsService.Ranked r) {
        return r.rank() != null ? String.valueOf(r.rank()) : r.rates().cases() == 0 ? "暂无诉求" : "暂无评分";
    }

    static final List<String> LEVELS = List.of("名称", "月份", "层级", "口号", "办结件数", "占已办结");

    private static void levels(XlsxSheet sheet, LevelShares levels) {
        sheet.next("分级办结", LEVELS);
        levelRows(sheet, levels);
    }

    private static void levelRows(XlsxSheet sheet, LevelShares levels) {
        levels.levels().forEach(s -> sheet.row(levels.territoryName(), levels.month(), s.label(), s.motto(), s.closed(),
                Formatted.percent(s.share(), 1)));
    }

    private static Object[] rates(UnitRates r) {
        return new Object[] {r.unitName(), r.month(), r.cases(), r.responded(), Formatted.percent(r.responseRate(), 2),
                r.rated(), r.solved(), Formatted.percent(r.resolutionRate(), 2), r.satisfied(), r.basic(),
                Formatted.percent(r.satisfactionRate(), 2), Formatted.decimal(r.composite(), 2)};
    }

    private static void send(HttpServletResponse response, XlsxSheet sheet, String name) throws IOException {
        response.setContentType(XlsxSheet.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, XlsxSheet.attachment(name + ".xlsx"));
        sheet.writeTo(response.getOutputStream());
    }
}
