package org.jiceng.reports.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jiceng.CjkFont;
import org.jiceng.reports.MonthlyReport;

/**
 * The report's charts drawn on the server (the PDF cannot run the page's ECharts): PNG images in the CJK face the
 * PDF's text uses, so the labels are Chinese too.
 */
final class ReportCharts {

    private static final Color RED = new Color(0xb7, 0x1c, 0x1c);
    private static final Color GREY = new Color(0x9e, 0x9e, 0x9e);
    private static final Color PALE = new Color(0xe0, 0xb0, 0xb0);

    private final StandardChartTheme theme;

    ReportCharts(CjkFont font) {
        theme = new StandardChartTheme("cjk");
        theme.setExtraLargeFont(font.drawing(18f));
        theme.setLargeFont(font.drawing(14f));
        theme.setRegularFont(font.drawing(12f));
        theme.setSmallFont(font.drawing(10f));
    }

    /** This month beside the month before and the same month last year, one group of bars a line. */
    byte[] comparison(String title, List<MonthlyReport.Line> lines, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MonthlyReport.Line line : lines) {
            data.addValue(line.cases(), "本月", line.name());
            data.addValue(line.previousMonth(), "上月", line.name());
            data.addValue(line.lastYear(), "去年同月", line.name());
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, "件数", data, PlotOrientation.HORIZONTAL,
                true, false, false);
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, RED);
        bars.setSeriesPaint(1, PALE);
        bars.setSeriesPaint(2, GREY);
        return png(chart, width, height);
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
