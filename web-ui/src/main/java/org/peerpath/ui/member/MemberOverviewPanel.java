package org.peerpath.ui.member;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.workspace.port.in.MemberOverview;
import org.peerpath.application.workspace.port.in.MemberOverview.CareTeamNames;
import org.peerpath.application.workspace.port.in.WorkspaceAlert;
import org.peerpath.shared.DeliverySystem;

/**
 * The Overview tab's content (MEM-1..3, SVC-7, LOC-1, DIR-3): age and EPSDT, the delivery systems in force today, the
 * care team, the open levels of care and the alerts, each with its rule ID. Front desk gets no clinical part (CONF-2).
 */
final class MemberOverviewPanel extends Div {

    MemberOverviewPanel(MemberOverview overview) {
        setId("member-overview");
        addClassNames("section", "overview");
        H2 heading = new H2(getTranslation("overview.title"));

        Div age = new Div(new Span(getTranslation("overview.age-value", overview.age())));
        age.addClassName("badge-row");
        if (overview.epsdt()) {
            age.add(Badges.epsdt(this));
        }
        Div systems = new Div();
        systems.setId("overview-in-force");
        systems.addClassName("badge-row");
        overview.inForceToday().forEach(system -> systems.add(Badges.deliverySystem(system, this)));
        if (overview.inForceToday().isEmpty()) {
            systems.add(new Span(getTranslation("overview.in-force.none")));
        }

        Div facts = new Div(fact("overview.age", age), fact("overview.in-force", systems));
        CareTeamNames team = overview.careTeam();
        facts.add(
                fact("overview.primary-peer", text(team.primaryPeer())),
                fact(
                        "overview.supervisor",
                        text(team.supervisors().isEmpty() ? null : String.join(", ", team.supervisors()))),
                fact("overview.directing-bhp", text(team.directingBhp())));
        if (overview.clinical()) {
            facts.add(
                    fact("overview.recommended-by", text(team.recommendedBy())),
                    fact("overview.level", levels(overview)));
        }
        facts.addClassName("member-facts");
        facts.setId("overview-facts");

        add(heading, facts, alerts(overview.alerts()));
    }

    private Component levels(MemberOverview overview) {
        if (overview.levels().isEmpty()) {
            return new Span(getTranslation("overview.level.none"));
        }
        Div levels = new Div();
        levels.setId("overview-levels");
        overview.levels()
                .forEach(level -> levels.add(new Div(getTranslation(
                        "overview.level-value",
                        systemName(level.deliverySystem()),
                        getTranslation("enum.LevelOfCare." + level.level().name()),
                        level.since()))));
        return levels;
    }

    private Div alerts(List<WorkspaceAlert> alerts) {
        Div section = new Div();
        section.setId("overview-alerts");
        section.addClassName("section");
        Span heading = new Span(getTranslation("overview.alerts"));
        heading.addClassName("member-fact-label");
        section.add(heading);
        if (alerts.isEmpty()) {
            section.add(new Paragraph(getTranslation("overview.alerts.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("overview-alert-list");
        for (WorkspaceAlert alert : alerts) {
            Span rule = new Span(alert.ruleId());
            rule.addClassNames("badge", "badge-rule");
            Span words = new Span(getTranslation(
                    "overview.alert." + alert.kind().name(),
                    alert.deliverySystem() == null ? "" : systemName(alert.deliverySystem()),
                    alert.date() == null ? "" : alert.date()));
            ListItem item = new ListItem(rule, words);
            item.addClassName("overview-alert");
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private String systemName(DeliverySystem system) {
        return getTranslation("delivery-system." + system.name());
    }

    private Span text(@Nullable String value) {
        Span text = new Span(value == null ? getTranslation("overview.nobody") : value);
        text.addClassName("member-fact-value");
        return text;
    }

    private Div fact(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("member-fact-label");
        Div fact = new Div(label, value);
        fact.addClassName("member-fact");
        return fact;
    }
}
