package org.peerpath.ui.member;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.peerpath.shared.DeliverySystem;

/** Small labels shown next to names and in headers. */
final class Badges {

    private Badges() {}

    /** MEM-2: members under 21 are covered by EPSDT. */
    static Span epsdt(Component translator) {
        Span badge = new Span(translator.getTranslation("member.badge.epsdt"));
        badge.addClassNames("badge", "badge-epsdt");
        badge.setTitle(translator.getTranslation("member.badge.epsdt.title"));
        return badge;
    }

    static Span deliverySystem(DeliverySystem system, Component translator) {
        Span badge = new Span(system.name().replace('_', '-'));
        badge.addClassNames("badge", "badge-delivery-system");
        badge.setTitle(translator.getTranslation("delivery-system." + system.name()));
        return badge;
    }
}
