package org.jiceng.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jiceng.reports.MonthlyReport;
import org.jiceng.reports.MonthlyReport.Line;
import org.junit.jupiter.api.Test;

class ReportPdfTests {

    static MonthlyReport report() {
        Line total = new Line("total", "诉求总量", 120, 100, 80, new BigDecimal("20.0"), new BigDecimal("50.0"));
        return new MonthlyReport("530326001", "古城街道", "2026-11", false, Instant.parse("2026-12-01T01:10:00Z"), total,
                List.of(new Line("01", "市容环境", 70, 50, 40, new BigDecimal("40.0"), new BigDecimal("75.0")),
                        new Line("03", "公用设施", 50, 50, 0, new BigDecimal("0.0"), null)),
                List.of(new Line("RESIDENT", "群众上报", 90, 80, 80, new BigDecimal("12.5"), new BigDecimal("12.5")),
                        new Line("PATROL", "网格巡查", 30, 20, 0, new BigDecimal("50.0"), null)),
                List.of(new MonthlyReport.Count("0301", "路灯故障", 40)),
                List.of(new MonthlyReport.Hotspot("530326001001001", "堂琅社区 · 第一网格", 25, "公用设施", 18)),
                new MonthlyReport.Repeat(3, 3, 11),
                List.of(new MonthlyReport.Recurring("530326001001001", "堂琅社区 · 第一网格", "0301", "路灯故障",
                        List.of("2026-09", "2026-10", "2026-11"), List.of(3L, 4L, 5L))),
                new MonthlyReport.Outcomes(90, 7, 4, 2, 3),
                new MonthlyReport.Rates(110, new MonthlyReport.Rate("响应率", BigDecimal.valueOf(104), 110, new BigDecimal("94.5")),
                        new MonthlyReport.Rate("解决率", BigDecimal.valueOf(80), 85, new BigDecimal("94.1")),
                        new MonthlyReport.Rate("满意率", new BigDecimal("82.5"), 85, new BigDecimal("97.1"))),
                List.of(new MonthlyReport.LevelShare("GRID", "网格", "小事不出网格", 45, new BigDecimal("50.0")),
                        new MonthlyReport.LevelShare("VILLAGE", "村(社区)", "大事不出村", 45, new BigDecimal("50.0"))),
                new MonthlyReport.Services(8, 1, new MonthlyReport.Rate("按时办结率", BigDecimal.valueOf(7), 8,
                        new BigDecimal("87.5")), new MonthlyReport.Rate("代办占比", BigDecimal.valueOf(6), 8,
                        new BigDecimal("75.0")), new BigDecimal("3.4"), 5, 3, 1, 1,
                        new MonthlyReport.Rate("预约到场率", BigDecimal.valueOf(3), 4, new BigDecimal("75.0"))));
    }

    @Test
    void thePdfCarriesTheTitleFiguresAndServerDrawnCharts() throws Exception {
        byte[] pdf = new ReportPdf("").render(report());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("古城街道 2026年11月民情分析报告").contains("3 位居民本月反映 3 次以上")
                    .contains("94.5%").contains("+20.0%").contains("小事不出网格").contains("路灯故障")
                    .contains("七、为民服务").contains("87.5%");
            long images = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(images).as("the category and channel charts").isEqualTo(2);
        }
    }
}
