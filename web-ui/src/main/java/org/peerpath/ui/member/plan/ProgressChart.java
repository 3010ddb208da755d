package org.peerpath.ui.member.plan;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.peerpath.application.plan.port.in.GoalProgressSummary;
import org.peerpath.goal.ProgressEntry;
import org.peerpath.shared.ServiceId;

/**
 * GOAL-2: one goal's ratings over time, drawn on the server as SVG (no commercial chart component), with a table of
 * the same entries as its text alternative. The SVG holds only numbers and dates made here, never typed text, so
 * nothing a person wrote reaches markup; it scales to the width of a 390 px phone through its viewBox.
 */
final class ProgressChart {

    static final int WIDTH = 320;
    static final int HEIGHT = 170;
    private static final int RIGHT = 12;

    private ProgressChart() {}

    /** Without the service column (no service known to name). */
    static Component of(GoalProgressSummary goal, Component within, Locale locale, String idSuffix) {
        return of(goal, within, locale, idSuffix, service -> "");
    }

    /**
     * @param serviceLabel GOAL-2: the words for an entry's linked service (date and code), empty when none
     */
    static Component of(
            GoalProgressSummary goal,
            Component within,
            Locale locale,
            String idSuffix,
            Function<ServiceId, String> serviceLabel) {
        Div box = new Div();
        box.addClassName("progress-chart");
        box.setId("progress-" + idSuffix);
        if (goal.entries().isEmpty()) {
            box.add(new Paragraph(within.getTranslation("plans.progress.none")));
            return box;
        }
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        ProgressEntry first = goal.entries().getFirst();
        ProgressEntry last = goal.entries().getLast();
        String summary = within.getTranslation(
                "plans.chart.summary",
                goal.entries().size(),
                first.rating(),
                format.format(first.on()),
                last.rating(),
                format.format(last.on()));
        Svg chart = new Svg(svg(goal.entries(), summary, format));
        chart.addClassName("progress-chart-svg");
        box.add(chart, table(goal, within, format, serviceLabel));
        return box;
    }

    /** The chart's markup: a 0–10 scale, the ratings joined by a line, the first and last dates under it. */
    static String svg(List<ProgressEntry> entries, String summary, DateTimeFormatter format) {
        SvgPlot plot = new SvgPlot(
                WIDTH, HEIGHT, RIGHT, entries.stream().map(ProgressEntry::on).toList(), summary);
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (ProgressEntry entry : entries) {
            double x = plot.x(entry.on());
            double y = plot.y(entry.rating());
            points.append("%.1f,%.1f ".formatted(x, y));
            dots.append("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" class=\"dot\"/>".formatted(x, y));
        }
        return plot.add("<polyline points=\"")
                .add(points.toString().strip())
                .add("\" class=\"trend\"/>")
                .add(dots)
                .end(format);
    }

    private static NativeTable table(
            GoalProgressSummary goal,
            Component within,
            DateTimeFormatter format,
            Function<ServiceId, String> serviceLabel) {
        NativeTable table = new NativeTable();
        table.addClassName("progress-table");
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText(within.getTranslation("plans.progress.table-caption", goal.inMemberWords()));
        table.add(caption);
        NativeTableHeader head = new NativeTableHeader();
        head.addRows(new NativeTableRow(
                new NativeTableHeaderCell(within.getTranslation("plans.progress.date")),
                new NativeTableHeaderCell(within.getTranslation("plans.progress.rating")),
                new NativeTableHeaderCell(within.getTranslation("plans.progress.status")),
                new NativeTableHeaderCell(within.getTranslation("plans.progress.note")),
                new NativeTableHeaderCell(within.getTranslation("plans.progress.service"))));
        NativeTableBody body = new NativeTableBody();
        for (ProgressEntry entry : goal.entries()) {
            NativeTableRow row = new NativeTableRow();
            row.add(
                    new NativeTableCell(format.format(entry.on())),
                    new NativeTableCell(String.valueOf(entry.rating())),
                    new NativeTableCell(within.getTranslation(
                            "enum.GoalStatus." + entry.status().name())),
                    new NativeTableCell(entry.note()),
                    new NativeTableCell(entry.service() == null ? "" : serviceLabel.apply(entry.service())));
            body.addRows(row);
        }
        table.add(head, body);
        return table;
    }
}
