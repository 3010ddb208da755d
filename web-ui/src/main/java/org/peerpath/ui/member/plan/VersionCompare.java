package org.peerpath.ui.member.plan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.plan.port.in.MemberPlan;
import org.peerpath.application.plan.port.in.PlanDetails;
import org.peerpath.application.plan.port.in.PlanVersionSummary;
import org.peerpath.goal.Goal;
import org.peerpath.plan.AmountDurationScope;
import org.peerpath.plan.PlanOfCareId;

/**
 * POC-4: two versions of the member's plan side by side (narrative, amount, duration, scope, each goal), each changed
 * line marked in words and with a sign, not by colour alone. Old versions stay readable; nothing here changes them.
 */
class VersionCompare extends Div {

    final Select<PlanVersionSummary> older = new Select<>();
    final Select<PlanVersionSummary> newer = new Select<>();
    final Button compare = new Button();
    final Div result = new Div();

    private final Function<PlanOfCareId, Optional<PlanDetails>> read;

    VersionCompare(MemberPlan plan, Function<PlanOfCareId, Optional<PlanDetails>> read) {
        this.read = read;
        setId("plan-compare");
        addClassName("plan-compare");
        List<PlanVersionSummary> versions = plan.versions(); // newest first
        for (Select<PlanVersionSummary> select : List.of(older, newer)) {
            select.setItems(versions);
            select.setItemLabelGenerator(v -> getTranslation(
                    "plans.history.version",
                    v.versionNumber(),
                    getTranslation("plans.status." + v.status().name())));
        }
        older.setLabel(getTranslation("plans.compare.older"));
        older.setId("plan-compare-older");
        newer.setLabel(getTranslation("plans.compare.newer"));
        newer.setId("plan-compare-newer");
        newer.setValue(versions.getFirst());
        older.setValue(versions.get(1));
        compare.setText(getTranslation("plans.compare.button"));
        compare.setId("plan-compare-button");
        compare.addClickListener(click -> show());
        result.setId("plan-compare-result");
        FlexLayout row = new FlexLayout(older, newer, compare);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexLayout.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H4(getTranslation("plans.compare.title")), row, result);
    }

    void show() {
        result.removeAll();
        Optional<PlanDetails> left = Optional.ofNullable(older.getValue()).flatMap(v -> read.apply(v.id()));
        Optional<PlanDetails> right = Optional.ofNullable(newer.getValue()).flatMap(v -> read.apply(v.id()));
        if (left.isEmpty() || right.isEmpty()) {
            result.add(new Span(getTranslation("plans.compare.choose")));
            return;
        }
        PlanDetails a = left.get();
        PlanDetails b = right.get();
        result.add(line(
                "header",
                "",
                getTranslation("plans.compare.version", a.versionNumber()),
                getTranslation("plans.compare.version", b.versionNumber()),
                null));
        result.add(line("narrative", getTranslation("plans.compare.narrative"), a.narrative(), b.narrative(), true));
        AmountDurationScope x = a.amountDurationScope();
        AmountDurationScope y = b.amountDurationScope();
        result.add(row("amount", "plans.field.amount", x == null ? null : x.amount(), y == null ? null : y.amount()));
        result.add(row(
                "duration", "plans.field.duration", x == null ? null : x.duration(), y == null ? null : y.duration()));
        result.add(row("scope", "plans.field.scope", x == null ? null : x.scope(), y == null ? null : y.scope()));
        int goals = Math.max(a.goals().size(), b.goals().size());
        for (int i = 0; i < goals; i++) {
            String g1 = i < a.goals().size() ? goal(a.goals().get(i)) : null;
            String g2 = i < b.goals().size() ? goal(b.goals().get(i)) : null;
            result.add(line(
                    "goal-" + (i + 1),
                    getTranslation("plans.compare.goal", i + 1),
                    g1 == null ? "—" : g1,
                    g2 == null ? "—" : g2,
                    !Objects.equals(g1, g2)));
        }
    }

    private Div row(String id, String labelKey, @Nullable String a, @Nullable String b) {
        return line(id, getTranslation(labelKey), a == null ? "—" : a, b == null ? "—" : b, !Objects.equals(a, b));
    }

    private String goal(Goal goal) {
        List<String> parts = new ArrayList<>();
        parts.add(goal.inMemberWords());
        if (goal.measure() != null || goal.target() != null || goal.targetDate() != null) {
            parts.add(getTranslation(
                    "plans.read.goal-measure",
                    goal.measure() == null ? "—" : goal.measure(),
                    goal.target() == null ? "—" : goal.target(),
                    goal.targetDate() == null ? "—" : goal.targetDate().toString()));
        }
        return String.join(" · ", parts);
    }

    /** One line: label, older, newer, and a marker that says in words whether it changed. */
    private Div line(String id, String label, String a, String b, @Nullable Boolean changed) {
        Span name = new Span(label);
        name.addClassName("compare-label");
        Span left = new Span(a);
        left.addClassName("compare-old");
        Span right = new Span(b);
        right.addClassName("compare-new");
        Span marker = new Span(
                changed == null ? "" : getTranslation(changed ? "plans.compare.changed" : "plans.compare.same"));
        marker.addClassName("compare-marker");
        Div line = new Div(name, left, right, marker);
        line.setId("plan-compare-" + id);
        line.addClassName("compare-line");
        if (Boolean.TRUE.equals(changed)) {
            line.addClassName("compare-changed");
        }
        line.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "10rem 1fr 1fr 8rem")
                .set("gap", "var(--lumo-space-s)")
                .set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        if (Boolean.TRUE.equals(changed)) {
            marker.getStyle().set("font-weight", "600");
        }
        return line;
    }
}
