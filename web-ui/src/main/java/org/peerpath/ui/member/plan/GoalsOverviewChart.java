package org.peerpath.ui.member.plan;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.peerpath.application.plan.port.in.GoalProgressSummary;
import org.peerpath.goal.ProgressEntry;

/**
 * GOAL-2: the member's overview of every goal's ratings over time in one chart, drawn on the server as SVG like
 * {@link ProgressChart}: one line per goal, told apart by colour, dash pattern and marker shape (not by colour alone)
 * and numbered; the goals' words are in the legend and table beside it, never in the SVG markup. A table of every
 * entry by date is its text alternative for screen readers. It scales to a 390 px phone through its viewBox.
 */
final class GoalsOverviewChart {

    static final int WIDTH = 320;
    static final int HEIGHT = 180;
    static final int STYLES = 4;
    private static final int RIGHT = 22;

    private GoalsOverviewChart() {}

    /** The overview, or nothing when no goal has an entry yet. */
    static Component of(List<GoalProgressSummary> goals, Component within, Locale locale) {
        Div box = new Div();
        box.addClassNames("goals-overview", "progress-card");
        box.setId("plan-overview");
        H4 title = new H4(within.getTranslation("plans.overview.title"));
        box.add(title);
        List<ProgressEntry> all = goals.stream()
                .flatMap(g -> g.entries().stream())
                .sorted(Comparator.comparing(ProgressEntry::on))
                .toList();
        if (all.isEmpty()) {
            box.add(new Span(within.getTranslation("plans.progress.none")));
            return box;
        }
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        String summary = within.getTranslation(
                "plans.overview.summary",
                goals.size(),
                all.size(),
                format.format(all.getFirst().on()),
                format.format(all.getLast().on()));
        Svg chart = new Svg(svg(goals, summary, format));
        chart.addClassNames("progress-chart-svg", "goals-overview-svg");
        box.add(chart, legend(goals, within), table(goals, within, format));
        return box;
    }

    /** One line per goal on a shared time axis and 0–10 scale; each line numbered at its last point. */
    static String svg(List<GoalProgressSummary> goals, String summary, DateTimeFormatter format) {
        List<LocalDate> dates = goals.stream()
                .flatMap(g -> g.entries().stream())
                .map(ProgressEntry::on)
                .sorted()
                .toList();
        SvgPlot plot = new SvgPlot(WIDTH, HEIGHT, RIGHT, dates, summary);
        for (int i = 0; i < goals.size(); i++) {
            List<ProgressEntry> entries = goals.get(i).entries();
            if (entries.isEmpty()) {
                continue;
            }
            String style = "series-" + (i % STYLES);
            StringBuilder points = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            double lastX = 0;
            double lastY = 0;
            for (ProgressEntry entry : entries) {
                double x = plot.x(entry.on());
                double y = plot.y(entry.rating());
                points.append("%.1f,%.1f ".formatted(x, y));
                marks.append(marker(i % STYLES, x, y));
                lastX = x;
                lastY = y;
            }
            plot.add("<g class=\"series %s\">".formatted(style))
                    .add("<polyline points=\"")
                    .add(points.toString().strip())
                    .add("\" class=\"trend\"/>")
                    .add(marks)
                    .add("<text x=\"%.1f\" y=\"%.1f\" class=\"axis series-label\">%d</text>"
                            .formatted(Math.min(lastX + 7, WIDTH - 8.0), lastY + 4, i + 1))
                    .add("</g>");
        }
        return plot.end(format);
    }

    /** A circle, square, triangle or diamond: the series differ in shape as well as colour. */
    private static String marker(int style, double x, double y) {
        return switch (style) {
            case 0 -> "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" class=\"dot\"/>".formatted(x, y);
            case 1 -> "<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" class=\"dot\"/>".formatted(x - 4, y - 4);
            case 2 ->
                "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" class=\"dot\"/>"
                        .formatted(x, y - 5, x - 5, y + 4, x + 5, y + 4);
            default ->
                "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" class=\"dot\"/>"
                        .formatted(x, y - 5, x + 5, y, x, y + 5, x - 5, y);
        };
    }

    /** The goals' numbers and words, each with a sample of its line. */
    private static OrderedList legend(List<GoalProgressSummary> goals, Component within) {
        OrderedList legend = new OrderedList();
        legend.addClassName("goals-overview-legend");
        for (int i = 0; i < goals.size(); i++) {
            Svg sample = new Svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 30 12\" aria-hidden=\"true\">"
                    + "<g class=\"series series-" + (i % STYLES) + "\"><line x1=\"0\" y1=\"6\" x2=\"30\" y2=\"6\""
                    + " class=\"trend\"/>" + marker(i % STYLES, 15, 6) + "</g></svg>");
            sample.addClassNames("progress-chart-svg", "goals-overview-sample");
            ListItem item = new ListItem(
                    sample,
                    new Span(within.getTranslation(
                            "plans.overview.goal", i + 1, goals.get(i).inMemberWords())));
            legend.add(item);
        }
        return legend;
    }

    private static NativeTable table(List<GoalProgressSummary> goals, Component within, DateTimeFormatter format) {
        NativeTable table = new NativeTable();
        table.addClassNames("progress-table", "goals-overview-table");
        table.setId("plan-overview-table");
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText(within.getTranslation("plans.overview.table-caption"));
        table.add(caption);
        NativeTableHeader head = new NativeTableHeader();
        head.addRows(new NativeTableRow(
                new NativeTableHeaderCell(within.getTranslation("plans.progress.date")),
                new NativeTableHeaderCell(within.getTranslation("plans.overview.goal-column")),
                new NativeTableHeaderCell(within.getTranslation("plans.progress.rating")),
                new NativeTableHeaderCell(within.getTranslation("plans.progress.status"))));
        record Row(int goal, ProgressEntry entry) {}
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            for (ProgressEntry entry : goals.get(i).entries()) {
                rows.add(new Row(i, entry));
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.entry().on()).thenComparing(Row::goal));
        NativeTableBody body = new NativeTableBody();
        for (Row row : rows) {
            body.addRows(new NativeTableRow(
                    new NativeTableCell(format.format(row.entry().on())),
                    new NativeTableCell(within.getTranslation(
                            "plans.overview.goal",
                            row.goal() + 1,
                            goals.get(row.goal()).inMemberWords())),
                    new NativeTableCell(String.valueOf(row.entry().rating())),
                    new NativeTableCell(within.getTranslation(
                            "enum.GoalStatus." + row.entry().status().name()))));
        }
        table.add(head, body);
        return table;
    }
}
