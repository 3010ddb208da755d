package org.peerpath.ui.member.collateral;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.collateral.port.in.CollateralDetails;
import org.peerpath.application.collateral.port.in.SharingStatus;

/**
 * How one collateral reads, on the Collaterals tab and on Family contacts: name, relationship, language, then either
 * how to reach them or "not authorized to share" (COL-3). Text only; nothing typed is rendered as HTML.
 */
public final class CollateralCards {

    private CollateralCards() {}

    public static Div card(CollateralDetails collateral, Component translator) {
        H3 name = new H3(collateral.fullName());
        name.addClassName("collateral-name");
        Span relationship = new Span(translator.getTranslation("collateral.relationship." + collateral.relationship()));
        relationship.addClassName("collateral-relationship");
        Div titleRow = new Div(name, relationship, sharingBadge(collateral, translator));
        titleRow.addClassName("collateral-title");
        if (collateral.ended()) {
            Span ended = new Span(translator.getTranslation("collateral.ended-on", collateral.endedOn()));
            ended.addClassNames("badge", "badge-ended");
            titleRow.add(ended);
        }
        Div card = new Div(titleRow, contact(collateral, translator));
        card.addClassName("collateral-card");
        card.setId("collateral-" + collateral.id().value());
        return card;
    }

    static Span sharingBadge(CollateralDetails collateral, Component translator) {
        SharingStatus status = collateral.sharing();
        Span badge = new Span(translator.getTranslation("collateral.sharing." + status));
        badge.addClassNames("badge", "badge-sharing-" + status.name().toLowerCase(java.util.Locale.ROOT));
        badge.addClassName("collateral-sharing");
        return badge;
    }

    private static Div contact(CollateralDetails collateral, Component translator) {
        Div contact = new Div();
        contact.addClassName("collateral-contact");
        if (!collateral.contactShown()) {
            Span refused = new Span(translator.getTranslation("collateral.not-authorized-to-share"));
            refused.addClassName("collateral-not-authorized");
            contact.add(refused);
            return contact;
        }
        line(contact, translator, "collateral.field.phone", collateral.phone());
        line(contact, translator, "collateral.field.email", collateral.email());
        line(contact, translator, "collateral.field.address", collateral.address());
        line(contact, translator, "collateral.field.language", collateral.language());
        return contact;
    }

    private static void line(Div into, Component translator, String labelKey, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(translator.getTranslation(labelKey));
        label.addClassName("member-fact-label");
        Span text = new Span(value);
        text.addClassName("member-fact-value");
        Div line = new Div(label, text);
        line.addClassName("collateral-contact-line");
        into.add(line);
    }
}
