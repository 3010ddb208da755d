package org.peerpath.ui.member.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * GOAL-2: the frame both progress charts draw on: an SVG labelled by its summary, a 0–10 rating scale up the left, a
 * date scale from the first date to the last along the bottom. The charts add their lines and marks between.
 */
final class SvgPlot {

    private static final int LEFT = 34;
    private static final int TOP = 12;
    private static final int BOTTOM = 34;

    private final int width;
    private final int height;
    private final int right;
    private final int plotWidth;
    private final int plotHeight;
    private final LocalDate from;
    private final LocalDate to;
    private final long days;
    private final boolean onePoint;
    private final StringBuilder svg = new StringBuilder();

    /**
     * Opens the SVG and draws the rating grid.
     *
     * @param dates the date of every point to be drawn, first to last
     */
    SvgPlot(int width, int height, int right, List<LocalDate> dates, String summary) {
        this.width = width;
        this.height = height;
        this.right = right;
        this.plotWidth = width - LEFT - right;
        this.plotHeight = height - TOP - BOTTOM;
        this.from = dates.getFirst();
        this.to = dates.getLast();
        this.days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        this.onePoint = dates.size() == 1;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(summary))
                .append("\" preserveAspectRatio=\"xMidYMid meet\">");
        for (int rating : new int[] {0, 5, 10}) {
            double y = y(rating);
            svg.append("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"grid\"/>"
                            .formatted(LEFT, y, width - right, y))
                    .append("<text x=\"%d\" y=\"%.1f\" class=\"axis\" text-anchor=\"end\">%d</text>"
                            .formatted(LEFT - 6, y + 4, rating));
        }
    }

    /** Where a date stands across the plot; a lone point stands in the middle. */
    double x(LocalDate on) {
        return onePoint ? LEFT + plotWidth / 2.0 : LEFT + plotWidth * ChronoUnit.DAYS.between(from, on) / (double) days;
    }

    /** Where a rating stands up the plot. */
    double y(int rating) {
        return TOP + plotHeight - plotHeight * rating / 10.0;
    }

    SvgPlot add(CharSequence markup) {
        svg.append(markup);
        return this;
    }

    /** Writes the first and last dates under the plot and closes the SVG. */
    String end(DateTimeFormatter format) {
        svg.append("<text x=\"%d\" y=\"%d\" class=\"axis\" text-anchor=\"start\">%s</text>"
                .formatted(LEFT, height - 10, escape(format.format(from))));
        if (!to.equals(from)) {
            svg.append("<text x=\"%d\" y=\"%d\" class=\"axis\" text-anchor=\"end\">%s</text>"
                    .formatted(width - right, height - 10, escape(format.format(to))));
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
