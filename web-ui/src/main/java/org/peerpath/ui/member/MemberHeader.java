package org.peerpath.ui.member;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.peerpath.application.member.port.in.MemberDetails;

/** The member's name and key facts, on top of every page of the member workspace. */
public final class MemberHeader extends Div {

    public MemberHeader(MemberDetails member) {
        H1 name = new H1(member.fullName());
        name.setId("member-name");
        name.addClassNames("view-title", LumoUtility.Margin.NONE);
        HorizontalLayout titleRow = new HorizontalLayout(name);
        titleRow.setAlignItems(FlexComponent.Alignment.CENTER);
        titleRow.setWrap(true);
        if (member.epsdt()) {
            titleRow.add(Badges.epsdt(this));
        }
        if (member.discharged()) {
            // MEM-3: off every caseload; the records stay.
            Span discharged = new Span(getTranslation("member.badge.discharged"));
            discharged.addClassNames("badge", "badge-disabled");
            discharged.setId("badge-discharged");
            discharged.setTitle(getTranslation("member.badge.discharged.title", member.dischargedOn()));
            titleRow.add(discharged);
        }
        Div systems = new Div();
        systems.addClassName("badge-row");
        member.deliverySystems().stream().sorted().forEach(system -> systems.add(Badges.deliverySystem(system, this)));

        Div facts = new Div(
                fact(
                        "member.header.age",
                        getTranslation("member.header.age-value", member.age(), member.dateOfBirth())),
                fact("member.header.cin", member.cin()),
                fact("member.header.county", member.county().displayName()),
                fact("member.header.language", LanguageNames.label(this, member.preferredLanguage())),
                fact(
                        "member.header.primary-peer",
                        member.primaryPeerName() == null
                                ? getTranslation("members.no-primary-peer")
                                : member.primaryPeerName()),
                factComponent("member.header.delivery-systems", systems));
        facts.addClassName("member-facts");

        add(titleRow, facts);
        addClassName("member-header");
        setId("member-header");
    }

    private Div fact(String labelKey, String value) {
        Span text = new Span(value);
        text.addClassName("member-fact-value");
        return factComponent(labelKey, text);
    }

    private Div factComponent(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("member-fact-label");
        Div fact = new Div(label, value);
        fact.addClassName("member-fact");
        return fact;
    }
}
