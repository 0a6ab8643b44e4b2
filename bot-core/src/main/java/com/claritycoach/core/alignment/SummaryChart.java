package com.claritycoach.core.alignment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * The summary as a picture for platforms that show images: bars of the customers named, and, once
 * there are several check-ins, the alignment score over time beneath them.
 */
public final class SummaryChart {
    public static final int WIDTH = 800;
    public static final int PANEL_HEIGHT = 400;
    static final int MAX_BARS = 8;
    static final int MAX_LABEL = 28;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private SummaryChart() {
    }

    /** The chart's height for this summary: one panel, or two when there is a trend. */
    public static int height(AlignmentSummary summary) {
        return summary.trend().size() >= 2 ? 2 * PANEL_HEIGHT : PANEL_HEIGHT;
    }

    public static byte[] png(AlignmentSummary summary) {
        BufferedImage image = new BufferedImage(WIDTH, height(summary), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(BitmapEncoder.getBufferedImage(customers(summary)), 0, 0, null);
            if (summary.trend().size() >= 2) {
                g.drawImage(BitmapEncoder.getBufferedImage(trend(summary)), 0, PANEL_HEIGHT, null);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static CategoryChart customers(AlignmentSummary summary) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(PANEL_HEIGHT)
                .title("Who is our ultimate customer? " + SummaryLayout.percent(summary.alignmentScore()) + " agree")
                .yAxisTitle("members").build();
        chart.getStyler().setYAxisDecimalPattern("#");
        chart.getStyler().setXAxisLabelRotation(summary.customerGroups().size() > 4 ? 20 : 0);
        chart.getStyler().setLegendVisible(false).setChartBackgroundColor(Color.WHITE)
                .setSeriesColors(new Color[] {new Color(0x2E, 0x6F, 0xB5)});
        List<Group> groups = summary.customerGroups().stream().limit(MAX_BARS).toList();
        if (groups.isEmpty()) {
            chart.addSeries("customers", List.of("no answers yet"), List.of(0));
        } else {
            chart.addSeries("customers", groups.stream().map(g -> shorten(g.label())).toList(),
                    groups.stream().map(Group::count).toList());
        }
        return chart;
    }

    private static XYChart trend(AlignmentSummary summary) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(PANEL_HEIGHT)
                .title("Alignment over the last check-ins").yAxisTitle("% agreeing").build();
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0).setYAxisDecimalPattern("#").setXAxisDecimalPattern("#");
        chart.getStyler().setLegendVisible(false).setChartBackgroundColor(Color.WHITE);
        List<TrendPoint> points = summary.trend();
        List<Integer> x = IntStream.rangeClosed(1, points.size()).boxed().toList();
        chart.addSeries("alignment", x, points.stream().map(p -> (double) Math.round(p.alignmentScore() * 100)).toList());
        chart.setCustomXAxisTickLabelsFormatter(value -> {
            int index = (int) Math.round(value) - 1;
            return index >= 0 && index < points.size() && Math.abs(value - (index + 1)) < 1e-6
                    ? shorten(points.get(index).checkIn()) : "";
        });
        return chart;
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
    }
}
